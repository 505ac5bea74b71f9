package jp.manabi.completion;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.course.Course;
import jp.manabi.staff.Employee;

/** Something an employee finished, on a date that falls in a fiscal year (April–March). */
@Entity
@Table(name = "completion")
@NamedQuery(name = "Completion.ofEmployee",
        query = "select c from Completion c where c.employee.id = :employee order by c.completedOn desc, c.id desc")
@NamedQuery(name = "Completion.ofRegistration", query = "select c from Completion c where c.registrationId = :registration")
public class Completion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "completion_seq", sequenceName = "completion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "completion_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @Enumerated(EnumType.STRING)
    private CompletionKind kind;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;
    @Column(name = "registration_id")
    private Long registrationId;
    private String title;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "fiscal_year")
    private int fiscalYear;
    private BigDecimal score;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @ElementCollection
    @CollectionTable(name = "completion_points", joinColumns = @JoinColumn(name = "completion_id"))
    @MapKeyColumn(name = "ability_code")
    @Column(name = "points")
    private Map<String, Integer> points = new TreeMap<>();

    protected Completion() {
    }

    /** An e-learning course finished in one registration. */
    public static Completion ofCourse(Employee employee, Course course, long registrationId, LocalDateTime at,
            BigDecimal score) {
        Completion c = new Completion();
        c.employee = employee;
        c.kind = CompletionKind.E_LEARNING;
        c.course = course;
        c.registrationId = registrationId;
        c.title = course.getTitle();
        c.completedOn = at.toLocalDate();
        c.fiscalYear = FiscalYear.containing(c.completedOn).startYear();
        c.score = score;
        c.recordedAt = at;
        // The course's points as they are today; a later change to the course does not rewrite this.
        c.points.putAll(course.getAbilityPoints());
        return c;
    }

    /**
     * Training finished outside the player (group training, off-site, OJT signed off, or records
     * brought over from before Manabi), with the points it gives per ability.
     */
    public static Completion recorded(Employee employee, CompletionKind kind, String title, LocalDate on,
            Map<String, Integer> points, LocalDateTime recordedAt) {
        Completion c = new Completion();
        c.employee = java.util.Objects.requireNonNull(employee);
        c.kind = java.util.Objects.requireNonNull(kind);
        c.title = java.util.Objects.requireNonNull(title);
        c.completedOn = java.util.Objects.requireNonNull(on);
        c.fiscalYear = FiscalYear.containing(on).startYear();
        c.recordedAt = recordedAt;
        points.forEach((ability, p) -> {
            if (p != null && p != 0) {
                c.points.put(ability, p);
            }
        });
        return c;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public CompletionKind getKind() {
        return kind;
    }

    public Course getCourse() {
        return course;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    /** Points earned per ability code. */
    public Map<String, Integer> getPoints() {
        return points;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Optional<BigDecimal> score() {
        return Optional.ofNullable(score);
    }
}
