package jp.manabi.content.scorm.sequencing;

import java.util.List;
import java.util.Objects;

/**
 * "If these conditions hold, do this": a precondition rule may skip, disable or hide an activity,
 * an exit rule may end it, a postcondition rule may retry it or move on. With no conditions the
 * rule's condition set is unknown and it never fires.
 */
public record SequencingRule(SequencingRuleType type, ConditionCombination conditionCombination,
        List<RuleCondition> conditions, RuleAction action) {

    public SequencingRule {
        Objects.requireNonNull(type);
        Objects.requireNonNull(conditionCombination);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(action);
    }
}
