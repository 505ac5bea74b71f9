package jp.manabi.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An entry of a package's table of contents (a manifest item), with what the LMS hands a SCO at
 * launch: launch data, mastery score, time limits, completion threshold and passing score.
 */
@Entity
@Table(name = "package_activity")
public class PackageActivity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "package_activity_seq", sequenceName = "package_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "package_activity_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id")
    private CoursePackage coursePackage;
    private String identifier;
    @Column(name = "parent_identifier")
    private String parentIdentifier;
    private int position;
    private int depth;
    private String title;
    private boolean visible;
    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    @Column(name = "launch_url")
    private String launchUrl;
    @Column(name = "mastery_score")
    private BigDecimal masteryScore;
    @Column(name = "max_time_allowed")
    private String maxTimeAllowed;
    @Column(name = "time_limit_action")
    private String timeLimitAction;
    @Column(name = "data_from_lms")
    private String dataFromLms;
    @Column(name = "completion_threshold")
    private BigDecimal completionThreshold;
    @Column(name = "scaled_passing_score")
    private BigDecimal scaledPassingScore;
    @Column(name = "completion_set_by_content")
    private boolean completionSetByContent;
    @Column(name = "objective_ids")
    private String objectiveIds = "";

    protected PackageActivity() {
    }

    public PackageActivity(CoursePackage coursePackage, String identifier, String parentIdentifier, int position,
            int depth, String title, boolean visible, ActivityKind kind, String launchUrl) {
        this.coursePackage = coursePackage;
        this.identifier = identifier;
        this.parentIdentifier = parentIdentifier;
        this.position = position;
        this.depth = depth;
        this.title = title;
        this.visible = visible;
        this.kind = kind;
        this.launchUrl = launchUrl;
    }

    /** What the manifest says the SCO is given at launch. */
    public void setLaunchParameters(BigDecimal masteryScore, String maxTimeAllowed, String timeLimitAction,
            String dataFromLms, BigDecimal completionThreshold, BigDecimal scaledPassingScore) {
        this.masteryScore = masteryScore;
        this.maxTimeAllowed = maxTimeAllowed;
        this.timeLimitAction = timeLimitAction;
        this.dataFromLms = dataFromLms;
        this.completionThreshold = completionThreshold;
        this.scaledPassingScore = scaledPassingScore;
    }

    /** SCORM 2004: whether only the content may say the activity is complete (deliveryControls). */
    public void setCompletionSetByContent(boolean completionSetByContent) {
        this.completionSetByContent = completionSetByContent;
    }

    public boolean isCompletionSetByContent() {
        return completionSetByContent;
    }

    public void setObjectiveIds(java.util.List<String> ids) {
        this.objectiveIds = String.join("\n", ids);
    }

    /** SCORM 2004: the objectives the SCO finds in cmi.objectives at its first launch, in manifest order. */
    public java.util.List<String> objectiveIds() {
        return objectiveIds == null || objectiveIds.isEmpty() ? java.util.List.of() : java.util.List.of(objectiveIds.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public CoursePackage getCoursePackage() {
        return coursePackage;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getParentIdentifier() {
        return parentIdentifier;
    }

    public int getPosition() {
        return position;
    }

    public int getDepth() {
        return depth;
    }

    public String getTitle() {
        return title;
    }

    public boolean isVisible() {
        return visible;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public boolean isLaunchable() {
        return kind != ActivityKind.CLUSTER && launchUrl != null;
    }

    public String getLaunchUrl() {
        return launchUrl;
    }

    public Optional<BigDecimal> masteryScore() {
        return Optional.ofNullable(masteryScore);
    }

    public Optional<String> maxTimeAllowed() {
        return Optional.ofNullable(maxTimeAllowed);
    }

    public Optional<String> timeLimitAction() {
        return Optional.ofNullable(timeLimitAction);
    }

    public Optional<String> dataFromLms() {
        return Optional.ofNullable(dataFromLms);
    }

    public Optional<BigDecimal> completionThreshold() {
        return Optional.ofNullable(completionThreshold);
    }

    public Optional<BigDecimal> scaledPassingScore() {
        return Optional.ofNullable(scaledPassingScore);
    }
}
