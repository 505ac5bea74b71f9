package jp.manabi.web.course;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.manabi.audit.AuditEntry;
import jp.manabi.content.scorm.PackageProblem;
import jp.manabi.course.CourseCategory;
import jp.manabi.course.CourseService;
import jp.manabi.course.CourseUploadService;
import jp.manabi.course.PackageRefusedException;
import jp.manabi.course.UploadResult;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.policy.Ability;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyService;
import jp.manabi.web.i18n.Texts;
import org.omnifaces.cdi.Param;
import org.primefaces.event.FileUploadEvent;

/**
 * A trainer's course: its description, abilities and points, target grades, a new package
 * version, materials, publishing and retiring, and the log of what was done. Without a course
 * parameter it creates a new draft.
 */
@Named
@ViewScoped
public class CourseEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courses;
    @Inject
    private CourseUploadService uploads;
    @Inject
    private PolicyService policy;
    @Inject
    private Texts texts;
    @Inject
    @Param(name = "course")
    private Long course;

    private String title;
    private String titleEn;
    private String description;
    private String descriptionEn;
    private String category = "GENERAL";
    private int estimatedMinutes;
    private boolean selfStudy = true;
    private Map<String, Integer> points = new LinkedHashMap<>();
    private List<String> grades = new ArrayList<>();
    /** Role expectations the course supports, as 「GRADE:ROLE」. */
    private List<String> expectations = new ArrayList<>();
    private List<PackageProblem> problems = List.of();
    private boolean loaded;
    private String newOwner;
    private transient CourseService.CourseDetail detail;
    private transient List<AuditEntry> history;
    private transient List<CourseService.OwnerRow> owners;
    private transient List<CourseService.EnrolledRow> enrolled;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (Ability a : policy.abilities()) {
            points.put(a.getCode(), 0);
        }
        if (course != null) {
            CourseService.CourseEdit edit = courses.editable(course);
            title = edit.title();
            titleEn = edit.titleEn();
            description = edit.description();
            descriptionEn = edit.descriptionEn();
            category = edit.category();
            estimatedMinutes = edit.estimatedMinutes();
            selfStudy = edit.selfStudy();
            points.putAll(edit.points());
            grades = new ArrayList<>(edit.grades());
            expectations = new ArrayList<>(edit.expectations());
        }
    }

    /** Saves; a new course continues on its own page (with its id in the address). */
    public String save() {
        refresh();
        CourseService.CourseEdit edit = new CourseService.CourseEdit(title, titleEn, description, descriptionEn, category,
                estimatedMinutes, selfStudy, new LinkedHashMap<>(points), new java.util.TreeSet<>(grades),
                new java.util.TreeSet<>(expectations));
        try {
            if (course == null) {
                course = courses.create(edit);
                texts.flashInfo("courseEdit.created");
                return "/courses/edit?faces-redirect=true&course=" + course;
            }
            courses.update(course, edit);
            texts.info("courseEdit.saved");
        } catch (ValidationFailedException e) {
            texts.error(e);
        }
        return null;
    }

    public void publish() {
        refresh();
        try {
            courses.publish(course);
            texts.info("courseEdit.published");
        } catch (ValidationFailedException e) {
            texts.error(e);
        }
    }

    public void retire() {
        refresh();
        courses.retire(course);
        texts.info("courseEdit.retired");
    }

    /** A new version of the course's SCORM package; learners mid-attempt keep the one they started. */
    public void uploadPackage(FileUploadEvent event) {
        refresh();
        problems = List.of();
        try (InputStream in = event.getFile().getInputStream()) {
            UploadResult result = uploads.upload(in, null, course);
            texts.info("courseEdit.newVersion", result.revision(), result.activities());
        } catch (PackageRefusedException e) {
            problems = e.problems();
            texts.error("upload.refused", event.getFile().getFileName(), problems.size());
        } catch (ValidationFailedException e) {
            texts.error(e);
        } catch (IOException e) {
            texts.error("upload.failed");
        }
    }

    public void uploadMaterial(FileUploadEvent event) {
        refresh();
        try (InputStream in = event.getFile().getInputStream()) {
            CourseService.MaterialRow row = courses.addMaterial(course, event.getFile().getFileName(), in);
            texts.info("courseEdit.materialAdded", row.fileName());
        } catch (ValidationFailedException e) {
            texts.error(e);
        } catch (IOException e) {
            texts.error("upload.failed");
        }
    }

    /** Adds a co-owner by employee number; they must have the trainer role. */
    public void addOwner() {
        refresh();
        try {
            CourseService.OwnerRow row = courses.addOwner(course, newOwner);
            texts.info("owner.added", row.employeeNumber(), row.name());
            newOwner = null;
        } catch (ValidationFailedException e) {
            texts.error(e);
        }
    }

    public void removeOwner(long employeeId) {
        refresh();
        try {
            courses.removeOwner(course, employeeId);
            texts.info("owner.removed");
        } catch (ValidationFailedException e) {
            texts.error(e);
        }
    }

    public List<CourseService.OwnerRow> getOwners() {
        if (owners == null) {
            owners = course == null ? List.of() : courses.owners(course);
        }
        return owners;
    }

    public List<CourseService.EnrolledRow> getEnrolled() {
        if (enrolled == null) {
            enrolled = course == null ? List.of() : courses.enrolled(course);
        }
        return enrolled;
    }

    public String getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(String newOwner) {
        this.newOwner = newOwner;
    }

    public String describe(PackageProblem problem) {
        return problem.message(texts.locale());
    }

    /** Read once per view and again after each action, not on every EL evaluation of the page. */
    public CourseService.CourseDetail getDetail() {
        if (detail == null && course != null) {
            detail = courses.detail(course);
        }
        return detail;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = course == null ? List.of() : courses.history(course);
        }
        return history;
    }

    /** Forgets what was read, so that the page shows the course as the last action left it. */
    private void refresh() {
        detail = null;
        history = null;
        owners = null;
        enrolled = null;
    }

    public List<CourseCategory> getCategories() {
        return courses.categories();
    }

    public List<Ability> getAbilities() {
        return policy.abilities();
    }

    public List<Grade> getAllGrades() {
        return policy.grades();
    }

    public Long getCourse() {
        return course;
    }

    public String getTitle() {
        load();
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleEn() {
        load();
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescription() {
        load();
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescriptionEn() {
        load();
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getCategory() {
        load();
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public int getEstimatedMinutes() {
        load();
        return estimatedMinutes;
    }

    public void setEstimatedMinutes(int estimatedMinutes) {
        this.estimatedMinutes = estimatedMinutes;
    }

    public boolean isSelfStudy() {
        load();
        return selfStudy;
    }

    public void setSelfStudy(boolean selfStudy) {
        this.selfStudy = selfStudy;
    }

    public Map<String, Integer> getPoints() {
        load();
        return points;
    }

    public List<String> getGrades() {
        load();
        return grades;
    }

    public void setGrades(List<String> grades) {
        this.grades = grades;
    }

    public List<String> getExpectations() {
        load();
        return expectations;
    }

    public void setExpectations(List<String> expectations) {
        this.expectations = expectations;
    }

    /** Every role expectation of the policy, grade by grade, for the checkboxes. */
    public List<jp.manabi.policy.RoleExpectation> getAllExpectations() {
        List<jp.manabi.policy.RoleExpectation> all = new ArrayList<>();
        for (Grade g : policy.grades()) {
            all.addAll(policy.roleExpectations(g.getCode()));
        }
        return all;
    }

    public List<PackageProblem> getProblems() {
        return problems;
    }
}
