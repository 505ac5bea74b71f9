package jp.manabi.staff;

import java.io.Serializable;

/**
 * What HR narrows the staff list by: free text (employee number, name or reading), a department
 * and everything below it, and the grade held today. Null means "any".
 */
public record StaffFilter(String text, Long departmentId, String gradeCode) implements Serializable {

    public static StaffFilter none() {
        return new StaffFilter(null, null, null);
    }
}
