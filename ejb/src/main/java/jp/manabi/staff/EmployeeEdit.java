package jp.manabi.staff;

import java.io.Serializable;
import java.time.LocalDate;

/** What HR may change on an employee's record in one save (grade changes go separately, with a date). */
public record EmployeeEdit(PersonName name, String email, long departmentId, String supervisorNumber, LocalDate hireDate,
        long expectedVersion) implements Serializable {
}
