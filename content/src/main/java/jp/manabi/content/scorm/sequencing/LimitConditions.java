package jp.manabi.content.scorm.sequencing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How often and how long an activity may be attempted. SCORM requires only the attempt limit and
 * the attempt's absolute duration; the other IMS SS limits are kept as written for completeness.
 * Durations with years or months count 365 and 30 days, as the ADL sample LMS does.
 *
 * @param attemptLimit the number of attempts allowed; 0 (the default) means no limit
 */
public record LimitConditions(int attemptLimit, Optional<Duration> attemptAbsoluteDurationLimit,
        Optional<Duration> attemptExperiencedDurationLimit, Optional<Duration> activityAbsoluteDurationLimit,
        Optional<Duration> activityExperiencedDurationLimit, Optional<String> beginTimeLimit,
        Optional<String> endTimeLimit) {

    public static final LimitConditions DEFAULT = new LimitConditions(0, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public LimitConditions {
        Objects.requireNonNull(attemptAbsoluteDurationLimit);
        Objects.requireNonNull(attemptExperiencedDurationLimit);
        Objects.requireNonNull(activityAbsoluteDurationLimit);
        Objects.requireNonNull(activityExperiencedDurationLimit);
        Objects.requireNonNull(beginTimeLimit);
        Objects.requireNonNull(endTimeLimit);
    }

    public boolean attemptLimited() {
        return attemptLimit > 0;
    }
}
