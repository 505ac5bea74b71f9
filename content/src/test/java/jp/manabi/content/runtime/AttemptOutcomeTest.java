package jp.manabi.content.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The LMS's own say on an attempt's status, per SCORM version. */
class AttemptOutcomeTest {

    private static Optional<BigDecimal> n(String value) {
        return Optional.of(new BigDecimal(value));
    }

    @Test
    void aScorm12MasteryScoreTurnsTheScoreIntoPassedOrFailed() {
        assertEquals("passed", AttemptOutcome.lessonStatus12("completed", n("80"), n("80"), true));
        assertEquals("failed", AttemptOutcome.lessonStatus12("completed", n("79.5"), n("80"), true));
        assertEquals("completed", AttemptOutcome.lessonStatus12("completed", n("10"), n("80"), false), "no-credit keeps what was said");
        assertEquals("incomplete", AttemptOutcome.lessonStatus12("incomplete", Optional.empty(), n("80"), true));
        assertEquals("browsed", AttemptOutcome.lessonStatus12("browsed", n("95"), Optional.empty(), true));
        assertEquals("not attempted", AttemptOutcome.lessonStatus12("", Optional.empty(), Optional.empty(), true));
    }

    @Test
    void scorm2004ThresholdsOverrideWhatTheCourseClaims() {
        assertEquals("completed", AttemptOutcome.completionStatus2004("incomplete", n("0.8"), n("0.75")));
        assertEquals("incomplete", AttemptOutcome.completionStatus2004("completed", n("0.5"), n("0.75")));
        assertEquals("completed", AttemptOutcome.completionStatus2004("completed", Optional.empty(), Optional.empty()));
        assertEquals("unknown", AttemptOutcome.completionStatus2004(null, Optional.empty(), Optional.empty()));
        assertEquals("passed", AttemptOutcome.successStatus2004("failed", n("0.7"), n("0.7")));
        assertEquals("failed", AttemptOutcome.successStatus2004("passed", n("0.69"), n("0.7")));
        assertEquals("unknown", AttemptOutcome.successStatus2004("passed", Optional.empty(), n("0.7")));
        assertEquals("failed", AttemptOutcome.successStatus2004("failed", Optional.empty(), Optional.empty()));
    }

    @Test
    void whatCountsAsACompletionAndWhatResumes() {
        assertTrue(AttemptOutcome.isComplete(ScormVersion.SCORM_12, "passed", null));
        assertTrue(AttemptOutcome.isComplete(ScormVersion.SCORM_12, "completed", null));
        assertFalse(AttemptOutcome.isComplete(ScormVersion.SCORM_12, "failed", null));
        assertTrue(AttemptOutcome.isComplete(ScormVersion.SCORM_2004, "completed", "unknown"));
        assertTrue(AttemptOutcome.isComplete(ScormVersion.SCORM_2004, "incomplete", "passed"));
        assertFalse(AttemptOutcome.isComplete(ScormVersion.SCORM_2004, "completed", "failed"));
        assertFalse(AttemptOutcome.isComplete(ScormVersion.SCORM_2004, "incomplete", "unknown"));
        assertTrue(AttemptOutcome.resumesNextTime("suspend"));
        assertFalse(AttemptOutcome.resumesNextTime("logout"));
        assertFalse(AttemptOutcome.resumesNextTime("normal"));
        assertFalse(AttemptOutcome.resumesNextTime(""));
    }
}
