package jp.manabi.content.scorm.sequencing;

/** Whether a condition is taken as it is or negated. */
public enum ConditionOperator {
    NO_OP("noOp"),
    NOT("not");

    private final String token;

    ConditionOperator(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
