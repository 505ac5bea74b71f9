package jp.manabi.content.runtime;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the LMS, not the course, decides about an attempt when the course reports: the status it
 * records (a SCORM 1.2 mastery score turns a score into passed or failed; a SCORM 2004 completion
 * threshold and scaled passing score override what the course claims), and whether the next launch
 * resumes this attempt or starts a new one.
 */
public final class AttemptOutcome {

    private AttemptOutcome() {
    }

    /**
     * SCORM 1.2 cmi.core.lesson_status as the LMS records it. With a mastery score from the
     * manifest, in credit mode, and a raw score reported, the score decides: raw ≥ mastery is
     * passed, below is failed (RTE 3.4.2, cmi.student_data.mastery_score).
     */
    public static String lessonStatus12(String reported, Optional<BigDecimal> rawScore, Optional<BigDecimal> masteryScore,
            boolean credit) {
        if (credit && masteryScore.isPresent() && rawScore.isPresent()) {
            return rawScore.get().compareTo(masteryScore.get()) >= 0 ? "passed" : "failed";
        }
        return reported == null || reported.isEmpty() ? "not attempted" : reported;
    }

    /**
     * SCORM 2004 cmi.completion_status as the LMS evaluates it: with a completion threshold and a
     * progress measure, the measure decides; otherwise what the course set, or "unknown".
     */
    public static String completionStatus2004(String reported, Optional<BigDecimal> progressMeasure,
            Optional<BigDecimal> completionThreshold) {
        if (completionThreshold.isPresent() && progressMeasure.isPresent()) {
            return progressMeasure.get().compareTo(completionThreshold.get()) >= 0 ? "completed" : "incomplete";
        }
        return reported == null || reported.isEmpty() ? "unknown" : reported;
    }

    /**
     * SCORM 2004 cmi.success_status as the LMS evaluates it: with a scaled passing score and a scaled
     * score, the score decides; a passing score without a score is "unknown", whatever the course says.
     */
    public static String successStatus2004(String reported, Optional<BigDecimal> scaledScore,
            Optional<BigDecimal> scaledPassingScore) {
        if (scaledPassingScore.isPresent()) {
            if (scaledScore.isEmpty()) {
                return "unknown";
            }
            return scaledScore.get().compareTo(scaledPassingScore.get()) >= 0 ? "passed" : "failed";
        }
        return reported == null || reported.isEmpty() ? "unknown" : reported;
    }

    /** Whether the attempt counts as a completion for the learner's record. */
    public static boolean isComplete(ScormVersion version, String lessonOrCompletionStatus, String successStatus) {
        if (version == ScormVersion.SCORM_12) {
            return "passed".equals(lessonOrCompletionStatus) || "completed".equals(lessonOrCompletionStatus);
        }
        return "completed".equals(lessonOrCompletionStatus) && !"failed".equals(successStatus)
                || "passed".equals(successStatus);
    }

    /**
     * How the course left: only "suspend" keeps the attempt for a resume (entry = resume, location and
     * suspend_data kept byte for byte); any other exit ends it, and the next launch is a new attempt.
     */
    public static boolean resumesNextTime(String exit) {
        return "suspend".equals(exit);
    }
}
