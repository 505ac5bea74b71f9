package jp.manabi.staff.importing;

import java.io.Serializable;
import java.time.LocalDate;
import jp.manabi.staff.PersonName;

/** One valid line of a staff file, normalised (full-width kana, half-width digits). */
public record StaffRecord(
        int line,
        String employeeNumber,
        PersonName name,
        String email,
        String departmentCode,
        String gradeCode,
        LocalDate gradeEffectiveFrom,
        String supervisorNumber,
        LocalDate hireDate) implements Serializable {
}
