package jp.manabi.content.scorm.sequencing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How an activity's status feeds its parent: whether it counts for the parent's satisfaction and
 * completion at all, how much its score weighs, and the parent's own rules for deriving status from
 * its children (a cluster without rules of its own uses SN's default rules).
 */
public record RollupRules(boolean rollupObjectiveSatisfied, boolean rollupProgressCompletion,
        BigDecimal objectiveMeasureWeight, List<RollupRule> rules) {

    public static final RollupRules DEFAULT = new RollupRules(true, true, new BigDecimal("1.0"), List.of());

    public RollupRules {
        Objects.requireNonNull(objectiveMeasureWeight);
        rules = List.copyOf(rules);
    }
}
