package jp.manabi.content.scorm.sequencing;

/** When a sequencing rule is evaluated: before an activity is delivered, when it exits, or after. */
public enum SequencingRuleType {
    PRE_CONDITION("preConditionRule"),
    EXIT_CONDITION("exitConditionRule"),
    POST_CONDITION("postConditionRule");

    private final String element;

    SequencingRuleType(String element) {
        this.element = element;
    }

    /** The manifest element that holds rules of this type. */
    public String element() {
        return element;
    }
}
