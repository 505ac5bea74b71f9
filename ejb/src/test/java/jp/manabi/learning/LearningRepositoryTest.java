package jp.manabi.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.manabi.completion.Completion;
import jp.manabi.content.runtime.ScormVersion;
import jp.manabi.course.ActivityKind;
import jp.manabi.course.Course;
import jp.manabi.course.CoursePackage;
import jp.manabi.course.CourseRepository;
import jp.manabi.course.PackageActivity;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentLevel;
import jp.manabi.organisation.DepartmentRepository;
import jp.manabi.staff.Employee;
import jp.manabi.staff.EmployeeRepository;
import jp.manabi.staff.PersonName;
import jp.manabi.testing.BothDatabases;
import jp.manabi.testing.EachDatabase;
import jp.manabi.testing.TestDatabase;

/**
 * Courses, attempts and run-time sessions on PostgreSQL and H2 (the run command's default): the
 * mappings against the real schema, the queries of the player, the report rows of interactions and
 * objectives, and data that must come back byte for byte.
 */
class LearningRepositoryTest extends BothDatabases {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 25, 9, 0);
    /** Japanese, a tab, a character outside the BMP, and the 2004 limit of 64,000 characters. */
    private static final String SUSPEND_DATA = "頁=3|\t|😀" + "x".repeat(64_000 - 8);

    private long attemptId;
    private long registrationId;
    private long courseId;

    @Override
    protected void fill(EntityManager em) {
        Department hr = new Department("GA1A", "人事係", null, DepartmentLevel.BUREAU, null, 1);
        new DepartmentRepository(em).add(hr);
        Employee learner = new Employee("2001", new PersonName("佐藤", "一郎", "サトウ", "イチロウ"), hr);
        new EmployeeRepository(em).add(learner);
        Course course = new Course("情報セキュリティ基礎", em.find(jp.manabi.course.CourseCategory.class, "INFORMATION_SECURITY"),
                learner, MORNING);
        course.getAbilityPoints().put("PROFESSIONAL_PRACTICE", 10);
        CourseRepository courses = new CourseRepository(em);
        courses.add(course);
        CoursePackage pkg = new CoursePackage(course, 1, "p-test", ScormVersion.SCORM_2004, "SCORM_2004_3RD", "m1", 3, 1234,
                learner, MORNING);
        PackageActivity sco = new PackageActivity(pkg, "sco1", null, 0, 0, "第1章", true, ActivityKind.SCO, "a/index.html?x=1");
        sco.setLaunchParameters(null, "PT1H", "exit,message", "data", new BigDecimal("0.8"), new BigDecimal("0.7"));
        sco.setObjectiveIds(List.of("obj_a", "obj_b"));
        PackageActivity asset = new PackageActivity(pkg, "doc", null, 1, 0, "資料", true, ActivityKind.ASSET, "doc.pdf");
        pkg.addActivity(sco);
        pkg.addActivity(asset);
        courses.add(pkg);
        Registration registration = new Registration(learner, course, pkg, MORNING);
        em.persist(registration);
        ActivityAttempt attempt = new ActivityAttempt(registration, sco, 1, MORNING);
        em.persist(attempt);
        CmiState state = CmiState.empty(ScormVersion.SCORM_2004);
        state.apply(Map.of("cmi.location", "p3", "cmi.suspend_data", SUSPEND_DATA, "cmi.score.raw", "12345678901.5",
                "cmi.score.scaled", "0.75", "cmi.completion_status", "completed", "cmi.success_status", "passed"), Map.of());
        attempt.apply(state, Outcome.of(sco, state, true), 6000, MORNING);
        attempt.markCompleted();
        em.persist(new RuntimeSession("token-1", attempt, learner.getId(), MORNING));
        em.flush();
        em.persist(Completion.ofCourse(learner, course, registration.getId(), MORNING, null));
        em.flush();
        attemptId = attempt.getId();
        registrationId = registration.getId();
        courseId = course.getId();
    }

    @EachDatabase
    void anAttemptComesBackAsItWasStored(TestDatabase.Kind kind) {
        db(kind).query(em -> {
            ActivityAttempt attempt = em.find(ActivityAttempt.class, attemptId);
            assertEquals(SUSPEND_DATA, attempt.getSuspendData(), "suspend data byte for byte");
            assertEquals("p3", attempt.getLocation());
            assertEquals("completed", attempt.completionStatus().orElseThrow());
            assertEquals("passed", attempt.successStatus().orElseThrow());
            assertEquals(0, new BigDecimal("0.75").compareTo(attempt.scoreScaled().orElseThrow()));
            assertTrue(attempt.scoreRaw().isEmpty(), "a score too large for its column stays only in the run-time data");
            assertTrue(attempt.getCmiData().contains("12345678901.5"));
            assertEquals(6000, attempt.getTotalTimeCentis());
            PackageActivity sco = attempt.getActivity();
            assertEquals(List.of("obj_a", "obj_b"), sco.objectiveIds());
            assertEquals(0, new BigDecimal("0.7").compareTo(sco.scaledPassingScore().orElseThrow()));
            return null;
        });
    }

    @EachDatabase
    void thePlayersQueriesFindTheLatestRegistrationAttemptAndSession(TestDatabase.Kind kind) {
        db(kind).rolledBack(em -> {
            LearningRepository learning = new LearningRepository(em);
            Registration registration = learning.latestRegistration(
                    em.find(ActivityAttempt.class, attemptId).getRegistration().getEmployee().getId(), courseId).orElseThrow();
            assertEquals(registrationId, registration.getId());
            assertEquals(1, learning.latestAttempt(registrationId, em.find(ActivityAttempt.class, attemptId).getActivity().getId())
                    .orElseThrow().getAttemptNumber());
            assertEquals(1, learning.completedActivities(registrationId));
            assertEquals(1, learning.attempts(registrationId).size());
            RuntimeSession session = learning.lockSession("token-1").orElseThrow();
            assertEquals(6000, session.getBaseTimeCentis());
            assertEquals(1, learning.liveSessions(attemptId).size());
            learning.lockLiveSessions(registrationId, em.find(ActivityAttempt.class, attemptId).getActivity().getId());
            assertTrue(learning.lockSession("no-such").isEmpty());
            assertEquals(2, new CourseRepository(em).latestPackage(courseId).orElseThrow().getActivities().size());
            assertEquals(2, new CourseRepository(em).nextRevision(courseId));
            assertTrue(learning.completionOf(registrationId).isPresent());
            return null;
        });
    }

    @EachDatabase
    void interactionsAndObjectivesBecomeReportRows(TestDatabase.Kind kind) {
        db(kind).rolledBack(em -> {
            LearningRepository learning = new LearningRepository(em);
            TreeMap<String, String> interactions = new TreeMap<>(Map.of(
                    "cmi.interactions.0.id", "q1", "cmi.interactions.0.type", "choice",
                    "cmi.interactions.0.learner_response", "b", "cmi.interactions.0.result", "correct",
                    "cmi.interactions.0.objectives.0.id", "obj_a", "cmi.interactions.0.correct_responses.0.pattern", "b",
                    "cmi.interactions.1.id", "q2".repeat(3000)));
            learning.replaceInteractions(attemptId, interactions, false);
            learning.replaceInteractions(attemptId, interactions, false);
            List<?> rows = em.createNativeQuery("SELECT interaction_id, result, objective_ids, correct_responses, "
                    + "learner_response FROM attempt_interaction WHERE attempt_id = ? ORDER BY n")
                    .setParameter(1, attemptId).getResultList();
            assertEquals(2, rows.size(), "replacing twice keeps one row per interaction");
            Object[] first = (Object[]) rows.get(0);
            assertEquals("q1", first[0]);
            assertEquals("correct", first[1]);
            assertEquals("[\"obj_a\"]", first[2]);
            assertEquals("[\"b\"]", first[3]);
            Object[] second = (Object[]) rows.get(1);
            assertEquals(4000, ((String) second[0]).length(), "a long identifier is cut to the report column");
            assertNull(second[1]);
            learning.replaceObjectives(attemptId, new TreeMap<>(Map.of("cmi.objectives.0.id", "obj_a",
                    "cmi.objectives.0.success_status", "passed", "cmi.objectives.0.score.scaled", "0.5")), false);
            Object[] objective = (Object[]) em.createNativeQuery("SELECT objective_id, success_status, score_scaled"
                    + " FROM attempt_objective WHERE attempt_id = ?").setParameter(1, attemptId).getSingleResult();
            assertEquals(List.of("obj_a", "passed", "0.5"), List.of(objective));
            return null;
        });
    }
}
