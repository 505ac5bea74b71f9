package jp.manabi.learning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import jp.manabi.content.runtime.ScormVersion;
import jp.manabi.course.Course;
import jp.manabi.course.CoursePackage;
import org.junit.jupiter.api.Test;

/** Versions: a learner mid-attempt keeps the package they started; new and finished learners get the newest. */
class RegistrationTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 2, 9, 0);

    private final Course course = new Course("情報セキュリティ基礎", null, null, MONDAY);
    private final CoursePackage first = revision(1);
    private final CoursePackage second = revision(2);

    @Test
    void aLearnerMidAttemptKeepsTheVersionTheyStarted() {
        Registration started = new Registration(null, course, first, MONDAY);
        assertSame(first, Registration.versionFor(Optional.of(started), second), "revision 2 was published meanwhile");
        assertTrue(started.continuesWith(second), "the next launch continues on revision 1");
    }

    @Test
    void aNewLearnerGetsTheNewestVersion() {
        assertSame(second, Registration.versionFor(Optional.empty(), second));
    }

    @Test
    void aFinishedLearnerReviewsTheNewestAndStartsAgainOnIt() {
        Registration finished = new Registration(null, course, first, MONDAY);
        finished.complete(MONDAY.plusDays(1));
        assertSame(second, Registration.versionFor(Optional.of(finished), second));
        assertFalse(finished.continuesWith(second), "a launch after a new version starts a new registration");
        assertTrue(finished.continuesWith(first), "while theirs is still the newest, they review it");
    }

    private CoursePackage revision(int n) {
        return new CoursePackage(course, n, "p-" + n, ScormVersion.SCORM_2004, "SCORM_2004_4TH", "manifest", 3, 1000, null,
                MONDAY.plusHours(n));
    }
}
