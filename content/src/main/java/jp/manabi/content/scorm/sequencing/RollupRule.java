package jp.manabi.content.scorm.sequencing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * "If all (any, none, at least n, at least n %) of the children meet these conditions, the parent
 * is satisfied (not satisfied, completed, incomplete)."
 */
public record RollupRule(ChildActivitySet childActivitySet, int minimumCount, BigDecimal minimumPercent,
        ConditionCombination conditionCombination, List<RollupCondition> conditions, RollupAction action) {

    public RollupRule {
        Objects.requireNonNull(childActivitySet);
        Objects.requireNonNull(minimumPercent);
        Objects.requireNonNull(conditionCombination);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(action);
    }
}
