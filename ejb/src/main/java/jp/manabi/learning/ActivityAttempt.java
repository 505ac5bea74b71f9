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
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.manabi.course.PackageActivity;

/**
 * One attempt of a learner on one activity, with the run-time data the LMS keeps between launches:
 * location and suspend data byte for byte, the statuses and score as the LMS evaluated them, the
 * total time the server accumulated, and every other element the SCO wrote ({@link CmiState}).
 */
@Entity
@Table(name = "activity_attempt")
public class ActivityAttempt implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "activity_attempt_seq", sequenceName = "activity_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_attempt_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private PackageActivity activity;
    @Column(name = "attempt_number")
    private int attemptNumber;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "ended_at")
    private LocalDateTime endedAt;
    private String entry;
    @Column(name = "exit_value")
    private String exitValue = "";
    private String location = "";
    @Column(name = "suspend_data")
    private String suspendData = "";
    @Column(name = "lesson_status")
    private String lessonStatus;
    @Column(name = "completion_status")
    private String completionStatus;
    @Column(name = "success_status")
    private String successStatus;
    @Column(name = "score_raw")
    private BigDecimal scoreRaw;
    @Column(name = "score_min")
    private BigDecimal scoreMin;
    @Column(name = "score_max")
    private BigDecimal scoreMax;
    @Column(name = "score_scaled")
    private BigDecimal scoreScaled;
    @Column(name = "progress_measure")
    private BigDecimal progressMeasure;
    @Column(name = "total_time_cs")
    private long totalTimeCentis;
    private boolean completed;
    @Column(name = "cmi_data")
    private String cmiData = "{}";
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;
    @Version
    private long version;

    protected ActivityAttempt() {
    }

    public ActivityAttempt(Registration registration, PackageActivity activity, int attemptNumber, LocalDateTime startedAt) {
        this.registration = registration;
        this.activity = activity;
        this.attemptNumber = attemptNumber;
        this.startedAt = startedAt;
        this.updatedAt = startedAt;
        this.entry = "ab-initio";
    }

    public Long getId() {
        return id;
    }

    public Registration getRegistration() {
        return registration;
    }

    public PackageActivity getActivity() {
        return activity;
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public Optional<LocalDateTime> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public String getEntry() {
        return entry;
    }

    public String getExitValue() {
        return exitValue;
    }

    public String getLocation() {
        return location;
    }

    public String getSuspendData() {
        return suspendData;
    }

    public Optional<String> lessonStatus() {
        return Optional.ofNullable(lessonStatus);
    }

    public Optional<String> completionStatus() {
        return Optional.ofNullable(completionStatus);
    }

    public Optional<String> successStatus() {
        return Optional.ofNullable(successStatus);
    }

    public Optional<BigDecimal> scoreRaw() {
        return Optional.ofNullable(scoreRaw);
    }

    public Optional<BigDecimal> scoreMin() {
        return Optional.ofNullable(scoreMin);
    }

    public Optional<BigDecimal> scoreMax() {
        return Optional.ofNullable(scoreMax);
    }

    public Optional<BigDecimal> scoreScaled() {
        return Optional.ofNullable(scoreScaled);
    }

    public Optional<BigDecimal> progressMeasure() {
        return Optional.ofNullable(progressMeasure);
    }

    public long getTotalTimeCentis() {
        return totalTimeCentis;
    }

    public boolean isCompleted() {
        return completed;
    }

    public String getCmiData() {
        return cmiData;
    }

    /** The SCO is launched again in this attempt: what it reads as cmi.entry. */
    void relaunch(String entry) {
        this.entry = entry;
    }

    /** Copies what a commit left in the state into the attempt. */
    void apply(CmiState state, Outcome outcome, long totalTimeCentis, LocalDateTime at) {
        this.location = state.location();
        this.suspendData = state.suspendData();
        this.exitValue = state.exit();
        this.lessonStatus = outcome.lessonStatus().orElse(null);
        this.completionStatus = outcome.completionStatus().orElse(null);
        this.successStatus = outcome.successStatus().orElse(null);
        this.scoreRaw = column(state.decimal(state.scoreElement("raw")), 10);
        this.scoreMin = column(state.decimal(state.scoreElement("min")), 10);
        this.scoreMax = column(state.decimal(state.scoreElement("max")), 10);
        this.scoreScaled = column(state.decimal("cmi.score.scaled"), 2);
        this.progressMeasure = column(state.decimal("cmi.progress_measure"), 2);
        this.totalTimeCentis = totalTimeCentis;
        this.cmiData = state.toJson();
        this.updatedAt = at;
    }

    /**
     * A score as its column holds it (7 decimals, so many integer digits); a real number beyond
     * that stays only in the run-time data, where the SCO reads it back unchanged.
     */
    private static BigDecimal column(Optional<BigDecimal> value, int integerDigits) {
        return value.map(v -> v.setScale(7, java.math.RoundingMode.HALF_UP))
                .filter(v -> v.precision() - v.scale() <= integerDigits).orElse(null);
    }

    void markCompleted() {
        this.completed = true;
    }

    /** Suspended after all: the next launch resumes this attempt. */
    void reopen() {
        this.endedAt = null;
    }

    /** The learner left normally: the next launch starts a new attempt. */
    void end(LocalDateTime at) {
        this.endedAt = at;
    }
}
