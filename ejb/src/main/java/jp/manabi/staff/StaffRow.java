package jp.manabi.staff;

import java.io.Serializable;

/** One line of the staff list: enough to find a person, nothing more. */
public record StaffRow(long id, String employeeNumber, String familyName, String givenName, String familyNameKana,
        String givenNameKana, String departmentNameJa, String departmentNameEn, String gradeCode, String gradeNameJa,
        String gradeNameEn) implements Serializable {

    public String name() {
        return familyName + " " + givenName;
    }

    public String kana() {
        return familyNameKana + " " + givenNameKana;
    }
}
