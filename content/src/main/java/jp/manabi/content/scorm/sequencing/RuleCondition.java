package jp.manabi.content.scorm.sequencing;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One condition of a sequencing rule. Without a referenced objective it tests the activity's
 * primary objective; the measure threshold matters only to the two measure comparisons.
 */
public record RuleCondition(Optional<String> referencedObjective, BigDecimal measureThreshold,
        ConditionOperator operator, ConditionType condition) {

    /** The CAM's value when measureThreshold is absent. */
    public static final BigDecimal DEFAULT_MEASURE_THRESHOLD = new BigDecimal("0.0");

    public RuleCondition {
        Objects.requireNonNull(referencedObjective);
        Objects.requireNonNull(measureThreshold);
        Objects.requireNonNull(operator);
        Objects.requireNonNull(condition);
    }
}
