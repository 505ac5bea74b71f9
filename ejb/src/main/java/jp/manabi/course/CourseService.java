package jp.manabi.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private jp.manabi.staff.EmployeeRepository employees;
    @Inject
    private Caller caller;
    @Inject
    private jp.manabi.audit.AuditLog audit;
    @Inject
    private jp.manabi.policy.PolicyRepository policy;

    /** What a learner sees of a course in the catalogue. */
    public record CourseSummary(long id, String title, String titleEn, String description, String descriptionEn,
            String categoryJa, String categoryEn, boolean selfStudy, int estimatedMinutes, Map<String, Integer> points,
            int revision, String edition, int activities, LocalDateTime uploadedAt, CourseStatus status)
            implements java.io.Serializable {
    }

    /** A page of the catalogue. */
    public record CataloguePage(long total, List<CourseSummary> courses) implements java.io.Serializable {
    }

    /** A course's page: the summary, its grades and materials, and where the caller stands. */
    public record CourseDetail(CourseSummary summary, List<String> grades, List<MaterialRow> materials, boolean enrolled,
            boolean mayEdit, java.time.LocalDate dueOn) implements java.io.Serializable {
    }

    /** A material as listed on a course page. */
    public record MaterialRow(long id, String fileName, String contentType, long sizeBytes) implements java.io.Serializable {
    }

    /** What a trainer edits of a course. */
    public record CourseEdit(String title, String titleEn, String description, String descriptionEn, String category,
            int estimatedMinutes, boolean selfStudy, Map<String, Integer> points, java.util.Set<String> grades,
            java.util.Set<String> expectations) implements java.io.Serializable {
    }

    /** Someone on a course, and how far they are. */
    public record EnrolledRow(long employeeId, String employeeNumber, String name, String department,
            LocalDateTime enrolledAt, java.time.LocalDate dueOn, boolean assigned, Progress progress,
            java.time.LocalDate completedOn, BigDecimal score) implements java.io.Serializable {

        public boolean overdue() {
            return progress != Progress.COMPLETED && dueOn != null && dueOn.isBefore(java.time.LocalDate.now());
        }
    }

    /** Where an enrolled employee stands on a course. */
    public enum Progress {
        NOT_STARTED, IN_PROGRESS, COMPLETED
    }

    /** An owner or co-owner of a course. */
    public record OwnerRow(long employeeId, String employeeNumber, String name, String department)
            implements java.io.Serializable {
    }

    /** What an assignment did: new enrolments, and enrolments that became assignments or got a new due date. */
    public record Assignment(int added, int updated) implements java.io.Serializable {
    }

    /** Checks that the caller may change the course: an owner or co-owner, or HR. */
    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public void checkMayRevise(long courseId) {
        mayEdit(courseId);
    }

    /** The course if the caller may change (and so preview) it; refused otherwise. */
    public Course mayEditCourse(long courseId) {
        return mayEdit(courseId);
    }

    private Course mayEdit(long courseId) {
        Course course = courses.course(courseId).orElseThrow(() -> new NotFoundException("course " + courseId));
        if (!caller.isAny(Role.HR, Role.ADMIN) && me().map(e -> !course.isOwnedBy(e.getId())).orElse(true)) {
            throw new AccessDeniedException("course " + courseId + " belongs to other trainers");
        }
        return course;
    }

    /** Writes the course, its new package and its table of contents for files already unpacked in {@code folder}. */
    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public UploadResult register(ImportedPackage imported, String folder, long sizeBytes, String title, Long courseId,
            boolean publish) {
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
            course = new Course(name, courses.category("GENERAL").orElseThrow(), uploader, now);
            if (publish) {
                course.setStatus(CourseStatus.PUBLISHED);
            }
            courses.add(course);
        } else {
            course = mayEdit(courseId);
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
        audit.record(uploader == null ? null : uploader.getId(), caller.login().orElse(""),
                courseId == null ? "CREATE_WITH_PACKAGE" : "NEW_VERSION", "COURSE", course.getId(),
                "revision " + revision + ", " + manifest.edition().displayName() + ", " + folder);
        if (courseId == null && publish) {
            audit.record(uploader == null ? null : uploader.getId(), caller.login().orElse(""), "PUBLISH", "COURSE",
                    course.getId(), "published on upload");
        }
        return new UploadResult(course.getId(), pkg.getId(), revision, course.getTitle(), manifest.edition().displayName(),
                pkg.launchable().size(), warnings.stream().map(PackageProblem::japanese).toList(),
                warnings.stream().map(PackageProblem::english).toList());
    }

    static void addActivity(CoursePackage pkg, Manifest manifest, Item item, String parent, int depth, int[] position) {
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

    /** The first page of the catalogue, unfiltered. */
    public List<CourseSummary> catalogue() {
        return catalogue(CatalogueFilter.all(), 0, 500).courses();
    }

    /**
     * The published courses the caller may take, narrowed by the filter: self-study courses and
     * the caller's enrolments; trainers, supervisors (who assign courses) and HR see every published course.
     */
    public CataloguePage catalogue(CatalogueFilter filter, int first, int size) {
        if (first < 0 || size < 1 || size > 500) {
            throw new ValidationFailedException("paging.range");
        }
        Long restrictTo = isStaffOfTraining() || caller.is(Role.SUPERVISOR) ? null : me().map(Employee::getId).orElse(-1L);
        List<CourseSummary> page = summaries(courses.catalogue(filter, restrictTo, first, size));
        return new CataloguePage(courses.catalogueCount(filter, restrictTo), page);
    }

    public List<CourseCategory> categories() {
        return courses.categories();
    }

    public CourseSummary summary(long courseId) {
        return summary(mayTake(courseId));
    }

    private CourseSummary summary(Course c) {
        return summary(c, courses.latestPackages(List.of(c.getId())).get(c.getId()));
    }

    /** Summaries of a list of courses, with their packages looked up together. */
    private List<CourseSummary> summaries(List<Course> list) {
        Map<Long, CourseRepository.PackageFacts> packages = courses.latestPackages(list.stream().map(Course::getId).toList());
        return list.stream().map(c -> summary(c, packages.get(c.getId()))).toList();
    }

    private static CourseSummary summary(Course c, CourseRepository.PackageFacts p) {
        return new CourseSummary(c.getId(), c.getTitle(), c.getTitleEn(), c.getDescription(), c.getDescriptionEn(),
                c.getCategory().nameJa(), c.getCategory().nameEn(), c.isSelfStudy(), c.getEstimatedMinutes(),
                new java.util.TreeMap<>(c.getAbilityPoints()), p == null ? 0 : p.revision(),
                p == null ? "" : ScormEdition.valueOf(p.edition()).displayName(), p == null ? 0 : p.launchable(),
                p == null ? c.getCreatedAt() : p.uploadedAt(), c.getStatus());
    }

    /** A course's page for the caller. */
    public CourseDetail detail(long courseId) {
        Course course = mayTake(courseId);
        Optional<Enrollment> enrollment = me().flatMap(e -> courses.enrollment(e.getId(), courseId));
        boolean mayEdit;
        try {
            mayEdit = isStaffOfTraining() && mayEdit(courseId) != null;
        } catch (AccessDeniedException e) {
            mayEdit = false;
        }
        return new CourseDetail(summary(course), course.getGrades().stream().sorted().toList(),
                courses.materials(courseId).stream()
                        .map(m -> new MaterialRow(m.getId(), m.getFileName(), m.getContentType(), m.getSizeBytes())).toList(),
                enrollment.isPresent(), mayEdit, enrollment.flatMap(Enrollment::dueOn).orElse(null));
    }

    /** The caller enrols in a published self-study course; enrolling twice changes nothing. */
    public void enrol(long courseId) {
        Course course = mayTake(courseId);
        Employee employee = me().orElseThrow(() -> new AccessDeniedException("no employee"));
        if (course.getStatus() != CourseStatus.PUBLISHED) {
            throw new ValidationFailedException("course.notOpen");
        }
        if (courses.enrollment(employee.getId(), courseId).isEmpty()) {
            courses.add(new Enrollment(employee, course, LocalDateTime.now(), null, null));
        }
    }

    /**
     * The course, if the caller may take it; refused otherwise. Published courses: open to
     * self-study, or the caller is enrolled. Retired ones: only for those already enrolled. Owners
     * and HR may open any course (a draft for preview).
     */
    public Course mayTake(long courseId) {
        Course course = courses.course(courseId).orElseThrow(() -> new NotFoundException("course " + courseId));
        Optional<Employee> employee = me();
        if (caller.isAny(Role.HR, Role.ADMIN) || employee.map(e -> course.isOwnedBy(e.getId())).orElse(false)) {
            return course;
        }
        boolean enrolled = employee.flatMap(e -> courses.enrollment(e.getId(), courseId)).isPresent();
        boolean open = switch (course.getStatus()) {
            // Supervisors see every published course: they assign courses that are not open to self-study.
            case PUBLISHED -> course.isSelfStudy() || enrolled || caller.isAny(Role.TRAINER, Role.SUPERVISOR);
            case RETIRED -> enrolled;
            case DRAFT -> false;
        };
        if (!open) {
            throw new AccessDeniedException("course " + courseId + " is not open to the caller");
        }
        return course;
    }

    /* ---- the trainer's side ---- */

    /** The courses the caller may change: their own (and co-owned) ones, or all for HR. */
    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public List<CourseSummary> myCourses() {
        Long owner = caller.isAny(Role.HR, Role.ADMIN) ? null : me().map(Employee::getId).orElse(-1L);
        return summaries(courses.ownedBy(owner));
    }

    /** A new draft course without content yet, owned by the caller. */
    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public long create(CourseEdit edit) {
        Employee trainer = me().orElse(null);
        Course course = new Course("", courses.category("GENERAL").orElseThrow(), trainer, LocalDateTime.now());
        apply(course, edit);
        courses.add(course);
        audit.record(trainer == null ? null : trainer.getId(), caller.login().orElse(""), "CREATE", "COURSE",
                course.getId(), course.getTitle());
        return course.getId();
    }

    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public CourseEdit editable(long courseId) {
        Course c = mayEdit(courseId);
        return new CourseEdit(c.getTitle(), c.getTitleEn(), c.getDescription(), c.getDescriptionEn(), c.getCategory().getCode(),
                c.getEstimatedMinutes(), c.isSelfStudy(), new java.util.TreeMap<>(c.getAbilityPoints()),
                new java.util.TreeSet<>(c.getGrades()), c.getExpectations().stream().map(ExpectationRef::key)
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    }

    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public void update(long courseId, CourseEdit edit) {
        Course course = mayEdit(courseId);
        apply(course, edit);
        audit.record(me().map(Employee::getId).orElse(null), caller.login().orElse(""), "EDIT", "COURSE", courseId,
                course.getTitle());
    }

    private void apply(Course course, CourseEdit edit) {
        String title = edit.title() == null ? "" : edit.title().strip();
        if (title.isEmpty()) {
            throw new ValidationFailedException("course.titleRequired");
        }
        if (title.length() > 500) {
            throw new ValidationFailedException("course.titleTooLong");
        }
        if (edit.estimatedMinutes() < 0 || edit.estimatedMinutes() > 100_000) {
            throw new ValidationFailedException("course.minutesRange");
        }
        CourseCategory category = courses.category(edit.category() == null ? "GENERAL" : edit.category())
                .orElseThrow(() -> new ValidationFailedException("course.unknownCategory"));
        java.util.Map<String, Integer> points = new java.util.TreeMap<>();
        if (edit.points() != null) {
            for (java.util.Map.Entry<String, Integer> e : edit.points().entrySet()) {
                if (e.getValue() == null || e.getValue() == 0) {
                    continue;
                }
                if (e.getValue() < 0 || e.getValue() > 1000) {
                    throw new ValidationFailedException("course.pointsRange");
                }
                if (policy.ability(e.getKey()).isEmpty()) {
                    throw new ValidationFailedException("course.unknownAbility");
                }
                points.put(e.getKey(), e.getValue());
            }
        }
        java.util.Set<String> grades = edit.grades() == null ? java.util.Set.of() : edit.grades();
        for (String grade : grades) {
            if (policy.grade(grade).isEmpty()) {
                throw new ValidationFailedException("course.unknownGrade");
            }
        }
        java.util.Set<ExpectationRef> expectations = new java.util.HashSet<>();
        for (String key : edit.expectations() == null ? java.util.Set.<String>of() : edit.expectations()) {
            ExpectationRef ref;
            try {
                ref = ExpectationRef.parse(key);
            } catch (IllegalArgumentException e) {
                throw new ValidationFailedException("course.unknownExpectation");
            }
            if (policy.roleExpectations(ref.getGradeCode()).stream()
                    .noneMatch(r -> r.getRole().getCode().equals(ref.getRoleCode()))) {
                throw new ValidationFailedException("course.unknownExpectation");
            }
            expectations.add(ref);
        }
        course.setTitle(title);
        course.setTitleEn(edit.titleEn() == null ? "" : edit.titleEn().strip());
        course.setDescription(edit.description() == null ? "" : edit.description().strip());
        course.setDescriptionEn(edit.descriptionEn() == null ? "" : edit.descriptionEn().strip());
        course.setCategory(category);
        course.setEstimatedMinutes(edit.estimatedMinutes());
        course.setSelfStudy(edit.selfStudy());
        course.getAbilityPoints().clear();
        course.getAbilityPoints().putAll(points);
        course.getGrades().clear();
        course.getGrades().addAll(grades);
        course.getExpectations().retainAll(expectations);
        course.getExpectations().addAll(expectations);
    }

    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public void publish(long courseId) {
        Course course = mayEdit(courseId);
        if (courses.latestPackage(courseId).isEmpty() && courses.materials(courseId).isEmpty()) {
            throw new ValidationFailedException("course.nothingToPublish");
        }
        course.setStatus(CourseStatus.PUBLISHED);
        audit.record(me().map(Employee::getId).orElse(null), caller.login().orElse(""), "PUBLISH", "COURSE", courseId,
                course.getTitle());
    }

    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public void retire(long courseId) {
        Course course = mayEdit(courseId);
        course.setStatus(CourseStatus.RETIRED);
        audit.record(me().map(Employee::getId).orElse(null), caller.login().orElse(""), "RETIRE", "COURSE", courseId,
                course.getTitle());
    }

    /** What was done to a course, newest first (owners and HR). */
    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public List<jp.manabi.audit.AuditEntry> history(long courseId) {
        mayEdit(courseId);
        return audit.of("COURSE", courseId);
    }

    /** Who is on a course and how far they are (owners and HR), in the order they enrolled. */
    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public List<EnrolledRow> enrolled(long courseId) {
        mayEdit(courseId);
        java.util.Map<Long, Object[]> completed = courses.completionsIn(courseId);
        java.util.Set<Long> started = courses.startedIn(courseId);
        return courses.enrollmentsIn(courseId).stream().map(e -> {
            Employee who = e.getEmployee();
            Object[] done = completed.get(who.getId());
            Progress progress = done != null ? Progress.COMPLETED
                    : started.contains(who.getId()) ? Progress.IN_PROGRESS : Progress.NOT_STARTED;
            return new EnrolledRow(who.getId(), who.getEmployeeNumber(), who.getName().full(),
                    who.getDepartment().getNameJa(), e.getEnrolledAt(), e.dueOn().orElse(null), e.isAssigned(), progress,
                    done == null ? null : (java.time.LocalDate) done[1], done == null ? null : (BigDecimal) done[2]);
        }).toList();
    }

    /** The trainers who may change the course. */
    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public List<OwnerRow> owners(long courseId) {
        return mayEdit(courseId).getOwners().stream()
                .sorted(java.util.Comparator.comparing(Employee::getEmployeeNumber))
                .map(o -> new OwnerRow(o.getId(), o.getEmployeeNumber(), o.getName().full(), o.getDepartment().getNameJa()))
                .toList();
    }

    /** Makes a trainer a co-owner; only people with the trainer role can own a course. */
    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public OwnerRow addOwner(long courseId, String employeeNumber) {
        Course course = mayEdit(courseId);
        String number = employeeNumber == null ? "" : employeeNumber.strip();
        if (number.isEmpty()) {
            throw new ValidationFailedException("owner.numberRequired");
        }
        UserAccount account = accounts.byEmployeeNumber(number)
                .orElseThrow(() -> new ValidationFailedException("owner.unknown", number));
        if (!account.getRoles().contains(Role.TRAINER)) {
            throw new ValidationFailedException("owner.notTrainer", number);
        }
        Employee owner = account.getEmployee();
        if (!course.isOwnedBy(owner.getId())) {
            course.getOwners().add(owner);
            audit.record(me().map(Employee::getId).orElse(null), caller.login().orElse(""), "ADD_OWNER", "COURSE", courseId,
                    number + " " + owner.getName().full());
        }
        return new OwnerRow(owner.getId(), number, owner.getName().full(), owner.getDepartment().getNameJa());
    }

    /** Takes a co-owner off a course; the last owner stays, so that someone can always change it. */
    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public void removeOwner(long courseId, long employeeId) {
        Course course = mayEdit(courseId);
        Optional<Employee> owner = course.getOwners().stream().filter(o -> o.getId() == employeeId).findFirst();
        if (owner.isEmpty()) {
            return;
        }
        if (course.getOwners().size() == 1) {
            throw new ValidationFailedException("owner.last");
        }
        course.getOwners().remove(owner.get());
        audit.record(me().map(Employee::getId).orElse(null), caller.login().orElse(""), "REMOVE_OWNER", "COURSE", courseId,
                owner.get().getEmployeeNumber() + " " + owner.get().getName().full());
    }

    /**
     * Assigns a published course to employees with a due date: a supervisor to the staff under them,
     * HR to anyone. Someone already enrolled keeps their progress; the enrolment becomes an
     * assignment with the new date. Every number is checked before anything is written.
     */
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public Assignment assign(long courseId, java.util.Collection<String> employeeNumbers, java.time.LocalDate dueOn) {
        Course course = courses.course(courseId).orElseThrow(() -> new NotFoundException("course " + courseId));
        if (course.getStatus() != CourseStatus.PUBLISHED) {
            throw new ValidationFailedException("assign.notPublished");
        }
        if (dueOn == null) {
            throw new ValidationFailedException("assign.dueRequired");
        }
        if (dueOn.isBefore(java.time.LocalDate.now())) {
            throw new ValidationFailedException("assign.duePast");
        }
        java.util.Set<String> numbers = new java.util.LinkedHashSet<>();
        for (String n : employeeNumbers == null ? List.<String>of() : employeeNumbers) {
            if (n != null && !n.isBlank()) {
                numbers.add(n.strip());
            }
        }
        if (numbers.isEmpty()) {
            throw new ValidationFailedException("assign.nobody");
        }
        if (numbers.size() > 5000) {
            throw new ValidationFailedException("assign.tooMany");
        }
        Employee me = me().orElseThrow(() -> new AccessDeniedException("no employee"));
        boolean hr = caller.isAny(Role.HR, Role.ADMIN);
        java.util.Map<String, Employee> found = new java.util.HashMap<>();
        for (Employee e : employees.byNumbers(numbers)) {
            found.put(e.getEmployeeNumber(), e);
        }
        for (String n : numbers) {
            Employee e = found.get(n);
            if (e == null) {
                throw new ValidationFailedException("assign.unknown", n);
            }
            if (!hr && !e.isUnder(me)) {
                throw new ValidationFailedException("assign.notYourStaff", n);
            }
        }
        int added = 0;
        int updated = 0;
        LocalDateTime now = LocalDateTime.now();
        for (String n : numbers) {
            Employee e = found.get(n);
            Optional<Enrollment> existing = courses.enrollment(e.getId(), courseId);
            if (existing.isPresent()) {
                existing.get().assign(dueOn, me);
                updated++;
            } else {
                courses.add(new Enrollment(e, course, now, dueOn, me));
                added++;
            }
        }
        audit.record(me.getId(), caller.login().orElse(""), "ASSIGN", "COURSE", courseId,
                numbers.size() + " → " + dueOn + ": " + truncate(String.join(", ", numbers), 1000));
        return new Assignment(added, updated);
    }

    /** Stores a material (PDF, Word, PowerPoint, Excel, HTML, text) for a course. */
    @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME, Role.ADMIN_NAME})
    public MaterialRow addMaterial(long courseId, String fileName, java.io.InputStream content) {
        Course course = mayEdit(courseId);
        String name = Materials.safeName(fileName);
        String type = Materials.contentType(name).orElseThrow(() -> new ValidationFailedException("material.type", name));
        String stored = "materials/m-" + java.util.UUID.randomUUID() + "/" + Materials.storedName(name);
        long size = Materials.store(content, Settings.contentDir().resolve(stored));
        Employee trainer = me().orElse(null);
        CourseMaterial material = new CourseMaterial(course, name, type, size, stored, trainer, LocalDateTime.now());
        courses.add(material);
        audit.record(trainer == null ? null : trainer.getId(), caller.login().orElse(""), "ADD_MATERIAL", "COURSE", courseId,
                name);
        return new MaterialRow(material.getId(), name, type, size);
    }

    /** A material's file and type, if the caller may take its course. */
    public CourseMaterial material(long materialId) {
        CourseMaterial material = courses.material(materialId).orElseThrow(() -> new NotFoundException("material"));
        mayTake(material.getCourse().getId());
        return material;
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
