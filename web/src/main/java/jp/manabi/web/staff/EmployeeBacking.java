package jp.manabi.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.manabi.account.AccountService;
import jp.manabi.account.Role;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentService;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyService;
import jp.manabi.staff.EmployeeDetail;
import jp.manabi.staff.EmployeeEdit;
import jp.manabi.staff.PersonName;
import jp.manabi.staff.StaffService;
import jp.manabi.web.i18n.Texts;
import org.omnifaces.cdi.Param;

/**
 * An employee's record: everyone allowed to see it (the person, their supervisors, HR) reads it
 * here; HR also edits it, changes the grade from a date, hands out roles and sets a password.
 */
@Named
@ViewScoped
public class EmployeeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "id")
    private Long id;
    @Inject
    private StaffService staff;
    @Inject
    private AccountService accounts;
    @Inject
    private DepartmentService departmentService;
    @Inject
    private PolicyService policy;
    @Inject
    private SecurityContext security;
    @Inject
    private Texts texts;

    private EmployeeDetail detail;
    private String familyName;
    private String givenName;
    private String familyNameKana;
    private String givenNameKana;
    private String email;
    private Long departmentId;
    private String supervisorNumber;
    private LocalDate hireDate;
    private String newGradeCode;
    private LocalDate newGradeFrom = FiscalYear.containing(LocalDate.now()).next().firstDay();
    private List<String> roles = new ArrayList<>();
    private String newPassword;

    public void load() {
        if (id == null) {
            throw new jp.manabi.platform.NotFoundException("no employee id");
        }
        show(staff.detail(id));
    }

    private void show(EmployeeDetail d) {
        detail = d;
        familyName = d.name().familyName();
        givenName = d.name().givenName();
        familyNameKana = d.name().familyNameKana();
        givenNameKana = d.name().givenNameKana();
        email = d.email();
        departmentId = d.departmentId();
        supervisorNumber = d.supervisorNumber();
        hireDate = d.hireDate();
        newGradeCode = d.currentGradeCode();
        roles = d.roles().stream().map(Role::name).toList();
        roles = new ArrayList<>(roles);
    }

    public boolean isEditable() {
        return security.isCallerInRole(Role.HR.name()) || security.isCallerInRole(Role.ADMIN.name());
    }

    public void save() {
        try {
            show(staff.update(id, new EmployeeEdit(new PersonName(familyName, givenName, familyNameKana, givenNameKana), email,
                    departmentId, supervisorNumber, hireDate, detail.version())));
            texts.info("employee.saved");
        } catch (ValidationFailedException e) {
            texts.error(e);
        } catch (IllegalArgumentException e) {
            texts.error("employee.name.required");
        }
    }

    public void changeGrade() {
        try {
            show(staff.changeGrade(id, newGradeCode, newGradeFrom));
            texts.info("employee.grade.saved", texts.date(newGradeFrom));
        } catch (ValidationFailedException e) {
            texts.error(e);
        }
    }

    public void saveRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(r -> chosen.add(Role.valueOf(r)));
        try {
            accounts.setRoles(id, chosen);
            show(staff.detail(id));
            texts.info("employee.roles.saved");
        } catch (ValidationFailedException e) {
            texts.error(e);
        } catch (jp.manabi.platform.AccessDeniedException e) {
            texts.error("employee.roles.denied");
        }
    }

    public void setPassword() {
        try {
            accounts.setPassword(id, newPassword);
            texts.info("employee.password.saved");
        } catch (ValidationFailedException e) {
            texts.error(e);
        } finally {
            newPassword = null;
        }
    }

    public List<Department> getDepartments() {
        return departmentService.all();
    }

    public List<Grade> getGrades() {
        return policy.grades();
    }

    public List<String> getAllRoles() {
        return java.util.Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public EmployeeDetail getDetail() {
        return detail;
    }

    public Long getId() {
        return id;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyNameKana() {
        return familyNameKana;
    }

    public void setFamilyNameKana(String familyNameKana) {
        this.familyNameKana = familyNameKana;
    }

    public String getGivenNameKana() {
        return givenNameKana;
    }

    public void setGivenNameKana(String givenNameKana) {
        this.givenNameKana = givenNameKana;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getSupervisorNumber() {
        return supervisorNumber;
    }

    public void setSupervisorNumber(String supervisorNumber) {
        this.supervisorNumber = supervisorNumber;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public String getNewGradeCode() {
        return newGradeCode;
    }

    public void setNewGradeCode(String newGradeCode) {
        this.newGradeCode = newGradeCode;
    }

    public LocalDate getNewGradeFrom() {
        return newGradeFrom;
    }

    public void setNewGradeFrom(LocalDate newGradeFrom) {
        this.newGradeFrom = newGradeFrom;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
