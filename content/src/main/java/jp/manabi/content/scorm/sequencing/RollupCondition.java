package jp.manabi.content.scorm.sequencing;

import java.util.Objects;

/** One condition a child must meet for a rollup rule. */
public record RollupCondition(ConditionOperator operator, ConditionType condition) {

    public RollupCondition {
        Objects.requireNonNull(operator);
        Objects.requireNonNull(condition);
    }
}
