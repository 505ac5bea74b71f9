package jp.manabi.content.scorm.sequencing;

/** The status a rollup rule gives the parent. */
public enum RollupAction {
    SATISFIED("satisfied"),
    NOT_SATISFIED("notSatisfied"),
    COMPLETED("completed"),
    INCOMPLETE("incomplete");

    private final String token;

    RollupAction(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
