package jp.manabi.content.scorm.sequencing;

/** When a child counts in its parent's rollup. */
public enum RollupConsideration {
    ALWAYS("always"),
    IF_ATTEMPTED("ifAttempted"),
    IF_NOT_SKIPPED("ifNotSkipped"),
    IF_NOT_SUSPENDED("ifNotSuspended");

    private final String token;

    RollupConsideration(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
