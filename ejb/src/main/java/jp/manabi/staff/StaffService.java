package jp.manabi.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.manabi.account.AccountRepository;
import jp.manabi.account.Role;
import jp.manabi.account.UserAccount;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentRepository;
import jp.manabi.platform.AccessDeniedException;
import jp.manabi.platform.Caller;
import jp.manabi.platform.NotFoundException;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyRepository;

/**
 * The staff register: HR lists, reads and edits everyone; an employee reads their own record and
 * a supervisor the records of the staff under them. Every method decides that here, from the
 * signed-in caller, not from what the page chose to show.
 */
@Stateless
@RolesAllowed({Role.EMPLOYEE_NAME, Role.ADMIN_NAME})
public class StaffService {

    @Inject
    private EmployeeRepository employees;
    @Inject
    private DepartmentRepository departments;
    @Inject
    private PolicyRepository policy;
    @Inject
    private AccountRepository accounts;
    @Inject
    private Caller caller;

    private final Clock clock = Clock.systemDefaultZone();

    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public List<StaffRow> page(StaffFilter filter, StaffSort sort, boolean ascending, int first, int size) {
        if (first < 0 || size < 1 || size > 500) {
            throw new ValidationFailedException("paging.range");
        }
        return employees.page(filter, subtree(filter), LocalDate.now(clock), sort, ascending, first, size);
    }

    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public long count(StaffFilter filter) {
        return employees.count(filter, subtree(filter), LocalDate.now(clock));
    }

    private List<Long> subtree(StaffFilter filter) {
        return filter.departmentId() == null ? null : departments.subtreeIds(filter.departmentId());
    }

    /** The signed-in person's own employee record. */
    public Employee me() {
        String login = caller.login().orElseThrow(() -> new AccessDeniedException("not signed in"));
        return accounts.byLogin(login).map(UserAccount::getEmployee)
                .orElseThrow(() -> new NotFoundException("no employee for login " + login));
    }

    /** One employee's record, if the caller may read it. */
    public EmployeeDetail detail(long id) {
        Employee employee = employees.find(id).orElseThrow(() -> new NotFoundException("employee " + id));
        if (!mayRead(employee)) {
            throw new AccessDeniedException("not allowed to read employee " + id);
        }
        return detailOf(employee);
    }

    /** Whether the caller may read this employee's record and learning: HR, the employee, or a supervisor above them. */
    public boolean mayRead(Employee employee) {
        if (caller.isAny(Role.HR, Role.ADMIN)) {
            return true;
        }
        Employee me = me();
        return me.getId().equals(employee.getId()) || employee.isUnder(me);
    }

    EmployeeDetail detailOf(Employee e) {
        List<String> pathJa = new ArrayList<>();
        List<String> pathEn = new ArrayList<>();
        for (Department d = e.getDepartment(); d != null; d = d.getParent()) {
            pathJa.add(0, d.getNameJa());
            pathEn.add(0, d.getNameEn() == null ? d.getNameJa() : d.getNameEn());
        }
        LocalDate today = LocalDate.now(clock);
        List<EmployeeDetail.GradeLine> history = e.getGradeHistory().stream()
                .map(a -> new EmployeeDetail.GradeLine(a.getGrade().getCode(), a.getGrade().nameJa(), a.getGrade().nameEn(),
                        a.getEffectiveFrom(), a.getEffectiveTo()))
                .toList();
        Employee boss = e.getSupervisor();
        return new EmployeeDetail(e.getId(), e.getEmployeeNumber(), e.getName(), e.getEmail(), e.getDepartment().getId(),
                pathJa, pathEn, boss == null ? null : boss.getId(), boss == null ? null : boss.getEmployeeNumber(),
                boss == null ? null : boss.getName().full(), e.getHireDate(),
                e.gradeOn(today).map(Grade::getCode).orElse(null), history,
                accounts.byEmployee(e.getId()).map(UserAccount::getRoles).orElse(java.util.EnumSet.noneOf(Role.class)),
                e.getVersionNumber());
    }

    /** Saves HR's edit of a record; a stale edit (someone saved in between) is refused, not merged. */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public EmployeeDetail update(long id, EmployeeEdit edit) {
        Employee employee = employees.find(id).orElseThrow(() -> new NotFoundException("employee " + id));
        if (employee.getVersionNumber() != edit.expectedVersion()) {
            throw new ValidationFailedException("employee.stale");
        }
        Department department = departments.find(edit.departmentId())
                .orElseThrow(() -> new ValidationFailedException("employee.department.unknown"));
        Employee supervisor = null;
        if (edit.supervisorNumber() != null && !edit.supervisorNumber().isBlank()) {
            supervisor = employees.byNumber(edit.supervisorNumber().strip())
                    .orElseThrow(() -> new ValidationFailedException("employee.supervisor.unknown", edit.supervisorNumber()));
            for (Employee s = supervisor; s != null; s = s.getSupervisor()) {
                if (s.getId().equals(employee.getId())) {
                    throw new ValidationFailedException("employee.supervisor.cycle", edit.supervisorNumber());
                }
            }
        }
        if (edit.email() != null && !edit.email().isBlank() && !edit.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationFailedException("employee.email.invalid", edit.email());
        }
        employee.rename(edit.name());
        employee.setEmail(edit.email());
        employee.moveTo(department);
        employee.setSupervisor(supervisor);
        employee.setHireDate(edit.hireDate());
        return detailOf(employee);
    }

    /** Records a grade from a date (a promotion on 1 April, or a correction of a past line). */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public EmployeeDetail changeGrade(long id, String gradeCode, LocalDate effectiveFrom) {
        Employee employee = employees.find(id).orElseThrow(() -> new NotFoundException("employee " + id));
        Grade grade = policy.grade(gradeCode).orElseThrow(() -> new ValidationFailedException("employee.grade.unknown", gradeCode));
        if (effectiveFrom == null) {
            throw new ValidationFailedException("employee.grade.dateRequired");
        }
        employee.assignGrade(grade, effectiveFrom);
        return detailOf(employee);
    }

    /** The staff the caller supervises directly. */
    public List<StaffRow> myReports() {
        LocalDate today = LocalDate.now(clock);
        return employees.reportsOf(me().getId()).stream().map(r -> row(r, today)).toList();
    }

    /**
     * Everyone under the caller in the supervisor chain (a 課長 sees their 係長 and the 係長's staff),
     * level by level, for assigning training.
     */
    public List<StaffRow> staffUnderMe() {
        LocalDate today = LocalDate.now(clock);
        return employees.under(me().getId()).stream().map(e -> row(e, today)).toList();
    }

    private static StaffRow row(Employee r, LocalDate today) {
        return new StaffRow(r.getId(), r.getEmployeeNumber(), r.getName().familyName(), r.getName().givenName(),
                r.getName().familyNameKana(), r.getName().givenNameKana(), r.getDepartment().getNameJa(),
                r.getDepartment().getNameEn(), r.gradeOn(today).map(Grade::getCode).orElse(null),
                r.gradeOn(today).map(Grade::nameJa).orElse(null), r.gradeOn(today).map(Grade::nameEn).orElse(null));
    }
}
