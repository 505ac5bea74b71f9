package jp.manabi.content.scorm.sequencing;

/** Which children must meet a rollup rule's conditions. */
public enum ChildActivitySet {
    ALL("all"),
    ANY("any"),
    NONE("none"),
    AT_LEAST_COUNT("atLeastCount"),
    AT_LEAST_PERCENT("atLeastPercent");

    private final String token;

    ChildActivitySet(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
