package jp.manabi.content.scorm.manifest;

import java.util.Locale;
import java.util.Optional;
import jp.manabi.content.runtime.ScormVersion;

/**
 * The SCORM edition a manifest follows, as its {@code <schemaversion>} names it. The edition
 * decides the run-time API a course talks to (1.2 or 2004) and which manifest features it may use.
 */
public enum ScormEdition {
    SCORM_12("1.2", "SCORM 1.2"),
    SCORM_2004_2ND("CAM 1.3", "SCORM 2004 2nd Edition"),
    SCORM_2004_3RD("2004 3rd Edition", "SCORM 2004 3rd Edition"),
    SCORM_2004_4TH("2004 4th Edition", "SCORM 2004 4th Edition");

    private final String schemaVersion;
    private final String displayName;

    ScormEdition(String schemaVersion, String displayName) {
        this.schemaVersion = schemaVersion;
        this.displayName = displayName;
    }

    /** The schemaversion text that names this edition. */
    public String schemaVersion() {
        return schemaVersion;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isScorm2004() {
        return this != SCORM_12;
    }

    public ScormVersion runtime() {
        return this == SCORM_12 ? ScormVersion.SCORM_12 : ScormVersion.SCORM_2004;
    }

    /** The edition a schemaversion names, ignoring case and extra spaces. */
    public static Optional<ScormEdition> ofSchemaVersion(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (ScormEdition edition : values()) {
            if (edition.schemaVersion.toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(edition);
            }
        }
        return Optional.empty();
    }
}
