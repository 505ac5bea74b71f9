package jp.manabi.course;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.manabi.staff.Employee;

/**
 * A course employees take: what it is about (category, the abilities it builds with the points a
 * completion gives, the grades it is meant for), who owns it, and where it is in its life: a draft
 * only its owners and HR see, published in the catalogue, or retired (no new learners, history kept).
 * Its SCORM content is the newest package uploaded for it.
 */
@Entity
@Table(name = "course")
public class Course implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    private Long id;
    private String title;
    private String description = "";
    @Column(name = "self_study")
    private boolean selfStudy = true;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Employee createdBy;
    private String code;
    @Column(name = "title_en")
    private String titleEn = "";
    @Column(name = "description_en")
    private String descriptionEn = "";
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_code")
    private CourseCategory category;
    @Column(name = "estimated_minutes")
    private int estimatedMinutes;
    @Enumerated(EnumType.STRING)
    private CourseStatus status = CourseStatus.DRAFT;
    @ManyToMany
    @JoinTable(name = "course_owner", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> owners = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "course_ability", joinColumns = @JoinColumn(name = "course_id"))
    @MapKeyColumn(name = "ability_code")
    @Column(name = "points")
    private Map<String, Integer> abilityPoints = new TreeMap<>();
    @ElementCollection
    @CollectionTable(name = "course_grade", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "grade_code")
    private Set<String> grades = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "course_expectation", joinColumns = @JoinColumn(name = "course_id"))
    private Set<ExpectationRef> expectations = new HashSet<>();
    @Version
    private long version;

    protected Course() {
    }

    public Course(String title, CourseCategory category, Employee createdBy, LocalDateTime createdAt) {
        this.title = title;
        this.category = category;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        if (createdBy != null) {
            owners.add(createdBy);
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public boolean isSelfStudy() {
        return selfStudy;
    }

    public void setSelfStudy(boolean selfStudy) {
        this.selfStudy = selfStudy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn == null ? "" : titleEn;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn == null ? "" : descriptionEn;
    }

    public CourseCategory getCategory() {
        return category;
    }

    public void setCategory(CourseCategory category) {
        this.category = category;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public void setEstimatedMinutes(int estimatedMinutes) {
        this.estimatedMinutes = estimatedMinutes;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public void setStatus(CourseStatus status) {
        this.status = status;
    }

    public Set<Employee> getOwners() {
        return owners;
    }

    public boolean isOwnedBy(long employeeId) {
        return owners.stream().anyMatch(o -> o.getId() == employeeId);
    }

    /** Points per ability code that a completion gives. */
    public Map<String, Integer> getAbilityPoints() {
        return abilityPoints;
    }

    public Set<String> getGrades() {
        return grades;
    }

    /** The role expectations of the policy this course supports. */
    public Set<ExpectationRef> getExpectations() {
        return expectations;
    }
}
