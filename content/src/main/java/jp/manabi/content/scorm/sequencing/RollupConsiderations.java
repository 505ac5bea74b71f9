package jp.manabi.content.scorm.sequencing;

import java.util.Objects;

/**
 * ADL's refinement of rollup: for each status, when a child is considered at all, and whether a
 * measure is judged while the activity is still active.
 */
public record RollupConsiderations(RollupConsideration requiredForSatisfied, RollupConsideration requiredForNotSatisfied,
        RollupConsideration requiredForCompleted, RollupConsideration requiredForIncomplete,
        boolean measureSatisfactionIfActive) {

    public static final RollupConsiderations DEFAULT = new RollupConsiderations(RollupConsideration.ALWAYS,
            RollupConsideration.ALWAYS, RollupConsideration.ALWAYS, RollupConsideration.ALWAYS, true);

    public RollupConsiderations {
        Objects.requireNonNull(requiredForSatisfied);
        Objects.requireNonNull(requiredForNotSatisfied);
        Objects.requireNonNull(requiredForCompleted);
        Objects.requireNonNull(requiredForIncomplete);
    }
}
