package jp.manabi.staff;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.manabi.account.Role;

/** Everything the employee screens show about one person, read in one transaction. */
public record EmployeeDetail(
        long id,
        String employeeNumber,
        PersonName name,
        String email,
        long departmentId,
        List<String> departmentPathJa,
        List<String> departmentPathEn,
        Long supervisorId,
        String supervisorNumber,
        String supervisorName,
        LocalDate hireDate,
        String currentGradeCode,
        List<GradeLine> gradeHistory,
        Set<Role> roles,
        long version) implements Serializable {

    /** 「総務部 / 総務課 / 人事係」 */
    public String departmentPath(boolean japanese) {
        return String.join(" / ", japanese ? departmentPathJa : departmentPathEn);
    }

    /** One line of the grade history as shown: the grade and the days it held. */
    public record GradeLine(String gradeCode, String gradeNameJa, String gradeNameEn, LocalDate from, LocalDate to)
            implements Serializable {
    }
}
