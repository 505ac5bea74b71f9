package jp.manabi.course;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.manabi.content.runtime.ScormVersion;
import jp.manabi.staff.Employee;

/**
 * One uploaded revision of a course's SCORM package: where its unpacked files are (a folder that is
 * never written again) and its table of contents as read from the manifest.
 */
@Entity
@Table(name = "course_package")
public class CoursePackage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "course_package_seq", sequenceName = "course_package_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_package_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    private int revision;
    private String folder;
    @Enumerated(EnumType.STRING)
    @Column(name = "scorm_version")
    private ScormVersion scormVersion;
    private String edition;
    @Column(name = "manifest_id")
    private String manifestId;
    @Column(name = "file_count")
    private int fileCount;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Column(name = "warnings_ja")
    private String warningsJa = "";
    @Column(name = "warnings_en")
    private String warningsEn = "";
    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private Employee uploadedBy;
    @OneToMany(mappedBy = "coursePackage", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<PackageActivity> activities = new ArrayList<>();

    protected CoursePackage() {
    }

    public CoursePackage(Course course, int revision, String folder, ScormVersion scormVersion, String edition,
            String manifestId, int fileCount, long sizeBytes, Employee uploadedBy, LocalDateTime uploadedAt) {
        this.course = course;
        this.revision = revision;
        this.folder = folder;
        this.scormVersion = scormVersion;
        this.edition = edition;
        this.manifestId = manifestId;
        this.fileCount = fileCount;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getRevision() {
        return revision;
    }

    public String getFolder() {
        return folder;
    }

    public ScormVersion getScormVersion() {
        return scormVersion;
    }

    public String getEdition() {
        return edition;
    }

    public int getFileCount() {
        return fileCount;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public void setWarnings(String japanese, String english) {
        this.warningsJa = japanese;
        this.warningsEn = english;
    }

    public String getWarningsJa() {
        return warningsJa;
    }

    public String getWarningsEn() {
        return warningsEn;
    }

    public List<PackageActivity> getActivities() {
        return activities;
    }

    public void addActivity(PackageActivity activity) {
        activities.add(activity);
    }

    public Optional<PackageActivity> activity(String identifier) {
        return activities.stream().filter(a -> a.getIdentifier().equals(identifier)).findFirst();
    }

    /** The entries a learner can open, in table-of-contents order. */
    public List<PackageActivity> launchable() {
        return activities.stream().filter(PackageActivity::isLaunchable).toList();
    }
}
