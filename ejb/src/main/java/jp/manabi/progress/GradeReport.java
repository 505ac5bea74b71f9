package jp.manabi.progress;

import java.io.Serializable;
import java.util.List;
import jp.manabi.calendar.FiscalYear;

/** HR's view of a fiscal year: per grade and ability, how many people met the target. */
public record GradeReport(FiscalYear year, Long departmentId, List<Cell> cells) implements Serializable {

    /** One grade × ability. */
    public record Cell(String gradeCode, String abilityCode, int target, long employees, long met) implements Serializable {

        /** The share that met the target, in percent (one decimal); 0 when nobody holds the grade. */
        public double share() {
            return employees == 0 ? 0 : Math.round(met * 1000.0 / employees) / 10.0;
        }
    }

    /** Someone who did not meet a target. */
    public record Behind(long employeeId, String employeeNumber, String name, String departmentJa, int earned, int target)
            implements Serializable {
    }

    public Cell cell(String gradeCode, String abilityCode) {
        return cells.stream().filter(c -> c.gradeCode().equals(gradeCode) && c.abilityCode().equals(abilityCode))
                .findFirst().orElse(null);
    }
}
