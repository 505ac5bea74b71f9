package jp.manabi.content.scorm.manifest;

/**
 * A navigation control of the LMS player that an item asks to hide (adlnav:hideLMSUI), because the
 * content offers its own or because the sequencing makes it meaningless.
 */
public enum HideLmsUi {
    PREVIOUS("previous"),
    CONTINUE("continue"),
    EXIT("exit"),
    EXIT_ALL("exitAll"),
    ABANDON("abandon"),
    ABANDON_ALL("abandonAll"),
    SUSPEND_ALL("suspendAll");

    private final String token;

    HideLmsUi(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
