package jp.manabi.staff;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.manabi.organisation.Department;
import jp.manabi.policy.Grade;

/**
 * A member of the city's staff (職員): who they are, where they work, who supervises them and which
 * grade they have held when. The grade history is date-effective: a promotion on 1 April changes
 * the grade from that day and leaves every earlier day as it was.
 */
@Entity
@Table(name = "employee")
@NamedQuery(name = "Employee.byNumber", query = "select e from Employee e where e.employeeNumber = :number")
@NamedQuery(name = "Employee.byNumbers", query = "select e from Employee e where e.employeeNumber in :numbers")
@NamedQuery(name = "Employee.reportsOf", query = "select e from Employee e where e.supervisor.id = :id order by e.familyNameKana, e.givenNameKana")
public class Employee implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    private Long id;
    @Column(name = "employee_number")
    private String employeeNumber;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_name_kana")
    private String familyNameKana;
    @Column(name = "given_name_kana")
    private String givenNameKana;
    private String email;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    private Employee supervisor;
    @Column(name = "hire_date")
    private LocalDate hireDate;
    @OneToMany(mappedBy = "employee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveFrom")
    private List<GradeAssignment> gradeHistory = new ArrayList<>();
    @Version
    private long version;

    protected Employee() {
    }

    public Employee(String employeeNumber, PersonName name, Department department) {
        this.employeeNumber = Objects.requireNonNull(employeeNumber);
        rename(name);
        moveTo(department);
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public PersonName getName() {
        return new PersonName(familyName, givenName, familyNameKana, givenNameKana);
    }

    public void rename(PersonName name) {
        this.familyName = name.familyName();
        this.givenName = name.givenName();
        this.familyNameKana = name.familyNameKana();
        this.givenNameKana = name.givenNameKana();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public Department getDepartment() {
        return department;
    }

    public void moveTo(Department department) {
        this.department = Objects.requireNonNull(department);
    }

    public Employee getSupervisor() {
        return supervisor;
    }

    /**
     * Whether {@code boss} is this employee's supervisor or above them in the chain (a 課長 over the
     * staff of their 係長). The walk stops after a few levels so that a cycle in bad data cannot hang it.
     */
    public boolean isUnder(Employee boss) {
        if (boss == null || boss.getId() == null) {
            return false;
        }
        Employee s = supervisor;
        for (int i = 0; s != null && i < 10; i++, s = s.getSupervisor()) {
            if (boss.getId().equals(s.getId())) {
                return true;
            }
        }
        return false;
    }

    public void setSupervisor(Employee supervisor) {
        if (supervisor != null && (supervisor == this || (id != null && id.equals(supervisor.id)))) {
            throw new IllegalArgumentException("an employee cannot supervise themselves");
        }
        this.supervisor = supervisor;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    /** The optimistic-lock version: an edit based on an older one is refused. */
    public long getVersionNumber() {
        return version;
    }

    /** The grade history, oldest first. */
    public List<GradeAssignment> getGradeHistory() {
        return List.copyOf(gradeHistory);
    }

    /** The grade held on a date, if the employee held one then. */
    public Optional<Grade> gradeOn(LocalDate date) {
        return gradeHistory.stream().filter(a -> a.covers(date)).map(GradeAssignment::getGrade).findFirst();
    }

    /**
     * Records that the employee holds {@code grade} from {@code effectiveFrom}. A line starting on the
     * same day is corrected; otherwise the line is inserted and the neighbouring lines' ends are
     * adjusted, so that earlier days keep the grade they had. Returns false when nothing changed.
     */
    public boolean assignGrade(Grade grade, LocalDate effectiveFrom) {
        Objects.requireNonNull(grade);
        Objects.requireNonNull(effectiveFrom);
        Optional<GradeAssignment> sameDay = gradeHistory.stream()
                .filter(a -> a.getEffectiveFrom().equals(effectiveFrom)).findFirst();
        if (sameDay.isPresent()) {
            if (sameDay.get().getGrade().equals(grade)) {
                return false;
            }
            sameDay.get().setGrade(grade);
            return true;
        }
        if (gradeOn(effectiveFrom).map(grade::equals).orElse(false)) {
            return false;
        }
        gradeHistory.add(new GradeAssignment(this, grade, effectiveFrom));
        gradeHistory.sort(Comparator.comparing(GradeAssignment::getEffectiveFrom));
        for (int i = 0; i < gradeHistory.size(); i++) {
            LocalDate end = i + 1 < gradeHistory.size() ? gradeHistory.get(i + 1).getEffectiveFrom() : null;
            gradeHistory.get(i).setEffectiveTo(end);
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Employee e && id != null && id.equals(e.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
