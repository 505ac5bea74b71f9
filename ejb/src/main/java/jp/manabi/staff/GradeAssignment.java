package jp.manabi.staff;

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
import jp.manabi.policy.Grade;

/**
 * One line of an employee's grade history: the grade held from {@code effectiveFrom} up to (not
 * including) {@code effectiveTo}; an open end means "until further notice".
 */
@Entity
@Table(name = "grade_assignment")
public class GradeAssignment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "grade_assignment_seq", sequenceName = "grade_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grade_assignment_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "grade_code")
    private Grade grade;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected GradeAssignment() {
    }

    GradeAssignment(Employee employee, Grade grade, LocalDate effectiveFrom) {
        this.employee = employee;
        this.grade = grade;
        this.effectiveFrom = effectiveFrom;
    }

    public Long getId() {
        return id;
    }

    public Grade getGrade() {
        return grade;
    }

    void setGrade(Grade grade) {
        this.grade = grade;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    void setEffectiveTo(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }
}
