package jp.manabi.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.manabi.account.AccountRepository;
import jp.manabi.account.Role;
import jp.manabi.account.UserAccount;
import jp.manabi.content.runtime.ScormVersion;
import jp.manabi.content.scorm.ImportedPackage;
import jp.manabi.content.scorm.PackageProblem;
import jp.manabi.content.scorm.manifest.CompletionThreshold;
import jp.manabi.content.scorm.manifest.Item;
import jp.manabi.content.scorm.manifest.LaunchUrls;
import jp.manabi.content.scorm.manifest.Manifest;
import jp.manabi.content.scorm.manifest.Resource;
import jp.manabi.content.scorm.manifest.ScormEdition;
import jp.manabi.content.scorm.manifest.TimeLimitAction;
import jp.manabi.content.scorm.sequencing.Objective;
import jp.manabi.platform.AccessDeniedException;
import jp.manabi.platform.Caller;
import jp.manabi.platform.NotFoundException;
import jp.manabi.platform.Settings;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.staff.Employee;

/**
 * Courses and their packages: registering an upload, the catalogue a learner sees, and the one
 * rule for who may open a course's content: anyone for a self-study course, trainers and HR for any.
 */
@Stateless
@RolesAllowed({Role.EMPLOYEE_NAME, Role.ADMIN_NAME})
public class CourseService {

    @Inject
    private CourseRepository courses;
    @Inject
    private AccountRepository accounts;
    @Inject
    private Caller caller;

    /** What a learner sees of a course in the catalogue. */
    public record CourseSummary(long id, String title, String description, boolean selfStudy, int revision,
            String edition, int activities, LocalDateTime uploadedAt) {
    }

    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public void checkMayRevise(long courseId) {
        courses.course(courseId).orElseThrow(() -> new NotFoundException("course " + courseId));
    }

    /** Writes the course, its new package and its table of contents for files already unpacked in {@code folder}. */
    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public UploadResult register(ImportedPackage imported, String folder, long sizeBytes, String title, Long courseId) {
        Manifest manifest = imported.manifest();
        LocalDateTime now = LocalDateTime.now();
        Employee uploader = me().orElse(null);
        String name = title == null || title.isBlank() ? manifest.organization().title().strip() : title.strip();
        if (name.isEmpty()) {
            name = manifest.identifier();
        }
        if (name.length() > 500) {
            throw new ValidationFailedException("course.titleTooLong");
        }
        Course course;
        if (courseId == null) {
            course = new Course(name, uploader, now);
            courses.add(course);
        } else {
            course = courses.course(courseId).orElseThrow(() -> new NotFoundException("course " + courseId));
        }
        ScormVersion version = manifest.edition() == ScormEdition.SCORM_12 ? ScormVersion.SCORM_12 : ScormVersion.SCORM_2004;
        int revision = courseId == null ? 1 : courses.nextRevision(courseId);
        CoursePackage pkg = new CoursePackage(course, revision, folder, version, manifest.edition().name(),
                truncate(manifest.identifier(), 1000), imported.files().size(), sizeBytes, uploader, now);
        List<PackageProblem> warnings = imported.warnings();
        pkg.setWarnings(join(warnings, Locale.JAPANESE), join(warnings, Locale.ENGLISH));
        int[] position = {0};
        for (Item item : manifest.organization().items()) {
            addActivity(pkg, manifest, item, null, 0, position);
        }
        if (pkg.launchable().isEmpty()) {
            throw new ValidationFailedException("course.nothingToLaunch");
        }
        courses.add(pkg);
        return new UploadResult(course.getId(), pkg.getId(), revision, course.getTitle(), manifest.edition().displayName(),
                pkg.launchable().size(), warnings.stream().map(PackageProblem::japanese).toList(),
                warnings.stream().map(PackageProblem::english).toList());
    }

    private static void addActivity(CoursePackage pkg, Manifest manifest, Item item, String parent, int depth, int[] position) {
        Optional<Resource> resource = item.identifierRef().flatMap(manifest::resource);
        ActivityKind kind = !item.isLeaf() ? ActivityKind.CLUSTER
                : resource.map(r -> r.isSco() ? ActivityKind.SCO : ActivityKind.ASSET).orElse(ActivityKind.CLUSTER);
        // Only content inside the package is launched: an LGWAN has no internet, and another host
        // would not share the API's origin.
        String launchUrl = kind == ActivityKind.CLUSTER ? null
                : item.launchUrl().filter(u -> LaunchUrls.packagePath(u).isPresent()).orElse(null);
        PackageActivity activity = new PackageActivity(pkg, item.identifier(), parent, position[0]++, depth,
                truncate(item.title().isBlank() ? item.identifier() : item.title().strip(), 2000), item.visible(), kind,
                launchUrl);
        Optional<BigDecimal> passing = item.effectiveSequencing().primaryObjective().filter(Objective::satisfiedByMeasure)
                .map(Objective::minNormalizedMeasure);
        Optional<BigDecimal> threshold = item.completionThreshold()
                .flatMap(t -> t.completedByMeasure() ? Optional.of(t.minProgressMeasure()) : t.value());
        activity.setLaunchParameters(item.masteryScore().orElse(null), item.maxTimeAllowed().orElse(null),
                item.timeLimitAction() == TimeLimitAction.DEFAULT ? null : item.timeLimitAction().token(),
                item.dataFromLms().orElse(null), threshold.orElse(null), passing.orElse(null));
        activity.setCompletionSetByContent(item.effectiveSequencing().deliveryControls().completionSetByContent());
        activity.setObjectiveIds(item.effectiveSequencing().allObjectives().stream()
                .flatMap(o -> o.objectiveId().stream()).distinct().toList());
        pkg.addActivity(activity);
        for (Item child : item.children()) {
            addActivity(pkg, manifest, child, item.identifier(), depth + 1, position);
        }
    }

    private static String join(List<PackageProblem> problems, Locale locale) {
        String text = String.join("\n", problems.stream().map(p -> p.message(locale)).toList());
        return truncate(text, 20000);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The courses the caller may take: self-study ones, or all for trainers and HR. */
    public List<CourseSummary> catalogue() {
        return courses.courses(isStaffOfTraining()).stream()
                .map(c -> courses.latestPackage(c.getId()).map(p -> summary(c, p)).orElse(null))
                .filter(s -> s != null).toList();
    }

    public CourseSummary summary(long courseId) {
        Course course = mayTake(courseId);
        CoursePackage pkg = courses.latestPackage(courseId).orElseThrow(() -> new NotFoundException("course " + courseId));
        return summary(course, pkg);
    }

    private static CourseSummary summary(Course c, CoursePackage p) {
        return new CourseSummary(c.getId(), c.getTitle(), c.getDescription(), c.isSelfStudy(), p.getRevision(),
                ScormEdition.valueOf(p.getEdition()).displayName(), p.launchable().size(), p.getUploadedAt());
    }

    /** The course, if the caller may take it; refused otherwise. Assignment by a supervisor or HR comes with the training plan. */
    public Course mayTake(long courseId) {
        Course course = courses.course(courseId).orElseThrow(() -> new NotFoundException("course " + courseId));
        if (!course.isSelfStudy() && !isStaffOfTraining()) {
            throw new AccessDeniedException("course " + courseId + " is not open to the caller");
        }
        return course;
    }

    /**
     * The folder of a package's files, if the caller may open the course it belongs to. The content
     * servlet asks this once per package and session.
     */
    public Path contentFolder(long packageId) {
        CoursePackage pkg = courses.coursePackage(packageId).orElseThrow(() -> new NotFoundException("package " + packageId));
        mayTake(pkg.getCourse().getId());
        return Settings.contentDir().resolve(pkg.getFolder());
    }

    private boolean isStaffOfTraining() {
        return caller.isAny(Role.TRAINER, Role.HR, Role.ADMIN);
    }

    private Optional<Employee> me() {
        return caller.login().flatMap(accounts::byLogin).map(UserAccount::getEmployee);
    }
}
