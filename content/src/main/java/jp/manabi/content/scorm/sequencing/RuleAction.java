package jp.manabi.content.scorm.sequencing;

/** What a sequencing rule does when its conditions hold, and the type of rule that may do it. */
public enum RuleAction {
    SKIP("skip", SequencingRuleType.PRE_CONDITION),
    DISABLED("disabled", SequencingRuleType.PRE_CONDITION),
    HIDDEN_FROM_CHOICE("hiddenFromChoice", SequencingRuleType.PRE_CONDITION),
    STOP_FORWARD_TRAVERSAL("stopForwardTraversal", SequencingRuleType.PRE_CONDITION),
    EXIT("exit", SequencingRuleType.EXIT_CONDITION),
    EXIT_PARENT("exitParent", SequencingRuleType.POST_CONDITION),
    EXIT_ALL("exitAll", SequencingRuleType.POST_CONDITION),
    RETRY("retry", SequencingRuleType.POST_CONDITION),
    RETRY_ALL("retryAll", SequencingRuleType.POST_CONDITION),
    CONTINUE("continue", SequencingRuleType.POST_CONDITION),
    PREVIOUS("previous", SequencingRuleType.POST_CONDITION);

    private final String token;
    private final SequencingRuleType ruleType;

    RuleAction(String token, SequencingRuleType ruleType) {
        this.token = token;
        this.ruleType = ruleType;
    }

    public String token() {
        return token;
    }

    public SequencingRuleType ruleType() {
        return ruleType;
    }
}
