package jp.manabi.learning;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.manabi.course.Course;
import jp.manabi.course.CoursePackage;
import jp.manabi.staff.Employee;

/**
 * A learner taking one revision of a course: created at the first launch, finished when every
 * activity of the package is complete. A new revision uploaded meanwhile does not disturb it.
 */
@Entity
@Table(name = "registration")
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id")
    private CoursePackage coursePackage;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "last_activity")
    private String lastActivity;
    @Column(name = "last_launched_at")
    private LocalDateTime lastLaunchedAt;
    @Column(name = "completed_at")
    private LocalDateTime completedAt;
    @Version
    private long version;

    protected Registration() {
    }

    public Registration(Employee employee, Course course, CoursePackage coursePackage, LocalDateTime startedAt) {
        this.employee = employee;
        this.course = course;
        this.coursePackage = coursePackage;
        this.startedAt = startedAt;
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

    public CoursePackage getCoursePackage() {
        return coursePackage;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public Optional<String> lastActivity() {
        return Optional.ofNullable(lastActivity);
    }

    public void launched(String activity, LocalDateTime at) {
        this.lastActivity = activity;
        this.lastLaunchedAt = at;
    }

    public Optional<LocalDateTime> lastLaunchedAt() {
        return Optional.ofNullable(lastLaunchedAt);
    }

    public Optional<LocalDateTime> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /**
     * The package version a learner is on: the one their unfinished registration started with (a
     * new version never breaks an attempt in progress); after they finished, or before they began,
     * the newest.
     */
    public static CoursePackage versionFor(Optional<Registration> latest, CoursePackage newest) {
        return latest.filter(r -> !r.isCompleted()).map(Registration::getCoursePackage).orElse(newest);
    }

    /**
     * Whether a launch continues this registration rather than starting a new one: yes while it is
     * unfinished, and after it finished only to review it while its version is still the newest.
     */
    public boolean continuesWith(CoursePackage newest) {
        return !isCompleted() || newest == null || newest == coursePackage
                || (newest.getId() != null && newest.getId().equals(coursePackage.getId()));
    }

    void complete(LocalDateTime at) {
        this.completedAt = at;
    }
}
