package jp.manabi.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.manabi.staff.Employee;

/** An employee on a course, by their own choice or assigned by a supervisor or HR with a due date. */
@Entity
@Table(name = "enrollment")
public class Enrollment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "enrollment_seq", sequenceName = "enrollment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrollment_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    @Column(name = "enrolled_at")
    private LocalDateTime enrolledAt;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_by")
    private Employee assignedBy;

    protected Enrollment() {
    }

    public Enrollment(Employee employee, Course course, LocalDateTime enrolledAt, LocalDate dueOn, Employee assignedBy) {
        this.employee = employee;
        this.course = course;
        this.enrolledAt = enrolledAt;
        this.dueOn = dueOn;
        this.assignedBy = assignedBy;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDateTime getEnrolledAt() {
        return enrolledAt;
    }

    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(dueOn);
    }

    public boolean isAssigned() {
        return assignedBy != null;
    }

    public Employee getAssignedBy() {
        return assignedBy;
    }

    /** A supervisor or HR makes this enrolment an assignment, or moves its due date. */
    public void assign(LocalDate dueOn, Employee by) {
        this.dueOn = dueOn;
        this.assignedBy = by;
    }
}
