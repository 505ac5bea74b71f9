package jp.manabi.content.scorm.sequencing;

/**
 * What a rule condition tests about an activity or one of its objectives. Rollup conditions may
 * use all of them except the two measure comparisons and "always".
 */
public enum ConditionType {
    SATISFIED("satisfied", true),
    OBJECTIVE_STATUS_KNOWN("objectiveStatusKnown", true),
    OBJECTIVE_MEASURE_KNOWN("objectiveMeasureKnown", true),
    OBJECTIVE_MEASURE_GREATER_THAN("objectiveMeasureGreaterThan", false),
    OBJECTIVE_MEASURE_LESS_THAN("objectiveMeasureLessThan", false),
    COMPLETED("completed", true),
    ACTIVITY_PROGRESS_KNOWN("activityProgressKnown", true),
    ATTEMPTED("attempted", true),
    ATTEMPT_LIMIT_EXCEEDED("attemptLimitExceeded", true),
    TIME_LIMIT_EXCEEDED("timeLimitExceeded", true),
    OUTSIDE_AVAILABLE_TIME_RANGE("outsideAvailableTimeRange", true),
    ALWAYS("always", false);

    private final String token;
    private final boolean rollup;

    ConditionType(String token, boolean rollup) {
        this.token = token;
        this.rollup = rollup;
    }

    public String token() {
        return token;
    }

    /** Whether a rollup condition may test this. */
    public boolean usableInRollup() {
        return rollup;
    }
}
