package jp.manabi.content.scorm;

import jp.manabi.content.runtime.ScormVersion;

/** The edition a manifest declares in its schemaversion; it decides the run-time API a course gets. */
public enum ScormEdition {
    SCORM_12("1.2"),
    SCORM_2004_2ND("CAM 1.3"),
    SCORM_2004_3RD("2004 3rd Edition"),
    SCORM_2004_4TH("2004 4th Edition");

    private final String schemaVersion;

    ScormEdition(String schemaVersion) {
        this.schemaVersion = schemaVersion;
    }

    public ScormVersion runtime() {
        return this == SCORM_12 ? ScormVersion.SCORM_12 : ScormVersion.SCORM_2004;
    }

    static ScormEdition ofSchemaVersion(String text) {
        String value = text == null ? "" : text.strip();
        for (ScormEdition edition : values()) {
            if (edition.schemaVersion.equalsIgnoreCase(value)) {
                return edition;
            }
        }
        return null;
    }
}
