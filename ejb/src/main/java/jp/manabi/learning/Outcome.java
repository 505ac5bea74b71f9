package jp.manabi.learning;

import java.util.Optional;
import jp.manabi.content.runtime.AttemptOutcome;
import jp.manabi.content.runtime.ScormVersion;
import jp.manabi.course.PackageActivity;

/**
 * The statuses of an attempt as the LMS records them, not as the SCO claimed them: a SCORM 1.2
 * mastery score, a SCORM 2004 completion threshold and scaled passing score decide.
 *
 * @param lessonStatus SCORM 1.2 only
 * @param completionStatus SCORM 2004 only
 * @param successStatus SCORM 2004 only
 * @param complete whether the attempt counts as finished for the learner's record
 */
public record Outcome(Optional<String> lessonStatus, Optional<String> completionStatus, Optional<String> successStatus,
        boolean complete) {

    public static Outcome of(PackageActivity activity, CmiState state, boolean terminated) {
        if (state.version() == ScormVersion.SCORM_12) {
            String lesson = AttemptOutcome.lessonStatus12(state.get("cmi.core.lesson_status").orElse(null),
                    state.decimal("cmi.core.score.raw"), activity.masteryScore(), true);
            // SCORM 1.2 RTE 3.4.4: a SCO that finishes without setting a status is recorded as completed.
            if (terminated && ("not attempted".equals(lesson) || lesson.isEmpty())) {
                lesson = "completed";
            }
            return new Outcome(Optional.of(lesson), Optional.empty(), Optional.empty(),
                    AttemptOutcome.isComplete(ScormVersion.SCORM_12, lesson, null));
        }
        String completion = AttemptOutcome.completionStatus2004(state.get("cmi.completion_status").orElse(null),
                state.decimal("cmi.progress_measure"), activity.completionThreshold());
        String success = AttemptOutcome.successStatus2004(state.get("cmi.success_status").orElse(null),
                state.decimal("cmi.score.scaled"), activity.scaledPassingScore());
        // SCORM 2004 SN 4.2.1 (End Attempt): unless completionSetByContent, an attempt the content
        // ended without a completion status counts as completed for the activity. The run-time
        // value the SCO reads back stays what it was ("unknown"): that is the SCO's, not sequencing's.
        boolean completedBySequencing = terminated && "unknown".equals(completion) && !activity.isCompletionSetByContent();
        return new Outcome(Optional.empty(), Optional.of(completion), Optional.of(success),
                completedBySequencing || AttemptOutcome.isComplete(ScormVersion.SCORM_2004, completion, success));
    }
}
