package jp.manabi.progress;

import java.io.Serializable;
import java.util.List;

/** A report in the supervisor's team table: their grade and each ability against its target. */
public record TeamRow(long employeeId, String employeeNumber, String name, String gradeNameJa, String gradeNameEn,
        List<AbilityProgress> abilities) implements Serializable {

    public long behind() {
        return abilities.stream().filter(a -> !a.met()).count();
    }
}
