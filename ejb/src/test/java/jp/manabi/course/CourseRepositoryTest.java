package jp.manabi.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentLevel;
import jp.manabi.organisation.DepartmentRepository;
import jp.manabi.staff.Employee;
import jp.manabi.staff.EmployeeRepository;
import jp.manabi.staff.PersonName;
import jp.manabi.testing.BothDatabases;
import jp.manabi.testing.EachDatabase;
import jp.manabi.testing.TestDatabase;

/** The catalogue's queries on PostgreSQL and H2: status, category, ability, grade, self-study or enrolled, owners. */
class CourseRepositoryTest extends BothDatabases {

    private static final LocalDateTime DAY = LocalDateTime.of(2026, 11, 1, 9, 0);
    private long learnerId;
    private long trainerId;
    private long securityId;
    private long ordinanceId;

    /**
     * セキュリティ (published, self-study, 専門実務 10, for 係員), 条例 (published, not self-study, 政策法務 20,
     * for 主任), 草稿 (draft), 旧版 (retired); the learner is enrolled in 条例; the trainer owns セキュリティ and 草稿.
     */
    @Override
    protected void fill(EntityManager em) {
        Department d = new Department("D", "人事係", null, DepartmentLevel.BUREAU, null, 1);
        new DepartmentRepository(em).add(d);
        Employee learner = new Employee("3001", new PersonName("山田", "花子", "ヤマダ", "ハナコ"), d);
        Employee trainer = new Employee("3002", new PersonName("砂川", "真", "スナガワ", "マコト"), d);
        EmployeeRepository employees = new EmployeeRepository(em);
        employees.add(learner);
        employees.add(trainer);
        CourseRepository courses = new CourseRepository(em);
        Course security = course(em, "セキュリティ", "INFORMATION_SECURITY", trainer, CourseStatus.PUBLISHED, true, 1);
        security.getAbilityPoints().put("PROFESSIONAL_PRACTICE", 10);
        security.getGrades().add("STAFF");
        security.getExpectations().add(new ExpectationRef("STAFF", "WORK_IMPROVEMENT"));
        Course ordinance = course(em, "条例", "POLICY_LEGAL", null, CourseStatus.PUBLISHED, false, 2);
        ordinance.getAbilityPoints().put("POLICY_LEGAL", 20);
        ordinance.getGrades().add("SENIOR_STAFF");
        Course draft = course(em, "草稿", "GENERAL", trainer, CourseStatus.DRAFT, true, 3);
        Course retired = course(em, "旧版", "GENERAL", null, CourseStatus.RETIRED, true, 4);
        for (Course c : List.of(security, ordinance, draft, retired)) {
            courses.add(c);
        }
        courses.add(new Enrollment(learner, ordinance, DAY, null, trainer));
        // セキュリティ has two versions: a cluster with one SCO, then three SCOs.
        courses.add(pkg(security, 1, "SCORM_2004_3RD", 1));
        courses.add(pkg(security, 2, "SCORM_2004_4TH", 3));
        em.flush();
        securityId = security.getId();
        ordinanceId = ordinance.getId();
        learnerId = learner.getId();
        trainerId = trainer.getId();
    }

    private static CoursePackage pkg(Course course, int revision, String edition, int scos) {
        CoursePackage p = new CoursePackage(course, revision, "p-" + revision, jp.manabi.content.runtime.ScormVersion.SCORM_2004,
                edition, "m", 1, 1, null, DAY.plusDays(10 + revision));
        p.addActivity(new PackageActivity(p, "root", null, 0, 0, "全体", true, ActivityKind.CLUSTER, null));
        for (int i = 1; i <= scos; i++) {
            p.addActivity(new PackageActivity(p, "sco" + i, "root", i, 1, "第" + i + "章", true, ActivityKind.SCO, "sco" + i + ".html"));
        }
        return p;
    }

    private static Course course(EntityManager em, String title, String category, Employee owner, CourseStatus status,
            boolean selfStudy, int day) {
        Course c = new Course(title, em.find(CourseCategory.class, category), owner, DAY.plusDays(day));
        c.setStatus(status);
        c.setSelfStudy(selfStudy);
        return c;
    }

    private List<String> titles(TestDatabase.Kind kind, CatalogueFilter filter, Long employee) {
        return db(kind).query(em -> new CourseRepository(em).catalogue(filter, employee, 0, 50).stream()
                .map(Course::getTitle).toList());
    }

    @EachDatabase
    void theCatalogueShowsPublishedCoursesNewestFirst(TestDatabase.Kind kind) {
        assertEquals(List.of("条例", "セキュリティ"), titles(kind, CatalogueFilter.all(), null));
        long count = db(kind).query(em -> new CourseRepository(em).catalogueCount(CatalogueFilter.all(), null));
        assertEquals(2L, count);
    }

    @EachDatabase
    void aLearnerSeesSelfStudyCoursesAndTheirEnrolments(TestDatabase.Kind kind) {
        assertEquals(List.of("条例", "セキュリティ"), titles(kind, CatalogueFilter.all(), learnerId));
        assertEquals(List.of("セキュリティ"), titles(kind, CatalogueFilter.all(), trainerId));
    }

    @EachDatabase
    void filtersNarrowByCategoryAbilityAndGrade(TestDatabase.Kind kind) {
        assertEquals(List.of("条例"), titles(kind, new CatalogueFilter("POLICY_LEGAL", null, null), null));
        assertEquals(List.of("セキュリティ"), titles(kind, new CatalogueFilter(null, "PROFESSIONAL_PRACTICE", null), null));
        assertEquals(List.of("条例"), titles(kind, new CatalogueFilter(null, null, "SENIOR_STAFF"), null));
        assertEquals(List.of(), titles(kind, new CatalogueFilter("POLICY_LEGAL", "PROFESSIONAL_PRACTICE", null), null));
    }

    @EachDatabase
    void aCourseListLooksUpTheNewestPackagesTogether(TestDatabase.Kind kind) {
        java.util.Map<Long, CourseRepository.PackageFacts> facts = db(kind).query(em ->
                new CourseRepository(em).latestPackages(List.of(securityId, ordinanceId)));
        assertEquals(1, facts.size(), "a course without a package has none: " + facts);
        CourseRepository.PackageFacts security = facts.get(securityId);
        assertEquals(2, security.revision());
        assertEquals("SCORM_2004_4TH", security.edition());
        assertEquals(3, security.launchable(), "three SCOs; the cluster is not launched");
        assertEquals(DAY.plusDays(12), security.uploadedAt());
    }

    @EachDatabase
    void aCourseKeepsTheRoleExpectationsItSupports(TestDatabase.Kind kind) {
        java.util.Set<String> keys = db(kind).query(em -> new CourseRepository(em).course(securityId).orElseThrow()
                .getExpectations().stream().map(ExpectationRef::key).collect(java.util.stream.Collectors.toSet()));
        assertEquals(java.util.Set.of("STAFF:WORK_IMPROVEMENT"), keys);
        assertEquals("SUBSECTION_CHIEF:DECISION", ExpectationRef.parse("SUBSECTION_CHIEF:DECISION").key());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ExpectationRef.parse("STAFF"));
    }

    @EachDatabase
    void aTrainerListsTheCoursesTheyOwn(TestDatabase.Kind kind) {
        assertEquals(List.of("草稿", "セキュリティ"), db(kind).query(em -> new CourseRepository(em).ownedBy(trainerId).stream()
                .map(Course::getTitle).toList()));
        int all = db(kind).query(em -> new CourseRepository(em).ownedBy(null).size());
        int categories = db(kind).query(em -> new CourseRepository(em).categories().size());
        assertEquals(4, all);
        assertEquals(7, categories);
    }
}
