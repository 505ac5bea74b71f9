package jp.manabi.content.scorm.manifest;

/**
 * What the SCO should do when the learner passes the time allowed (it reads this from
 * cmi.time_limit_action): leave or continue, with or without a message.
 */
public enum TimeLimitAction {
    EXIT_MESSAGE("exit,message"),
    EXIT_NO_MESSAGE("exit,no message"),
    CONTINUE_MESSAGE("continue,message"),
    CONTINUE_NO_MESSAGE("continue,no message");

    /** The value when the manifest says nothing. */
    public static final TimeLimitAction DEFAULT = CONTINUE_NO_MESSAGE;

    private final String token;

    TimeLimitAction(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
