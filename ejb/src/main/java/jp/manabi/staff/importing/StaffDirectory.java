package jp.manabi.staff.importing;

import java.util.Optional;

/** What a staff file is checked against: the departments, grades and staff the city already has. */
public interface StaffDirectory {

    boolean departmentExists(String code);

    /** The grade code for a code or a Japanese or English grade name (係員, STAFF, Staff). */
    Optional<String> gradeCode(String codeOrName);

    boolean employeeExists(String employeeNumber);
}
