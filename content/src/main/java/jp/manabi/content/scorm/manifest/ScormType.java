package jp.manabi.content.scorm.manifest;

/**
 * Whether a resource is a SCO, which talks to the LMS through the run-time API and is tracked, or
 * an asset, which is only shown.
 */
public enum ScormType {
    SCO("sco"),
    ASSET("asset");

    private final String token;

    ScormType(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
