package jp.manabi.content.scorm.sequencing;

/** When children are selected or reordered at random. */
public enum RandomizationTiming {
    NEVER("never"),
    ONCE("once"),
    ON_EACH_NEW_ATTEMPT("onEachNewAttempt");

    private final String token;

    RandomizationTiming(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
