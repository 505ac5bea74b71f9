package jp.manabi.content.starter;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.FileNotFoundException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The starter modules written for Manabi: real SCORM 2004 4th Edition packages that the content
 * module's build zips from {@code src/main/starter/<folder>/} (plus the shared script and style sheet
 * of {@code common/}) into {@code jp/manabi/content/starter/<folder>.zip} on the classpath, to be
 * installed as courses on the first start of a new database. Each builds one of the policy's abilities.
 */
public enum StarterModules {

    SECURITY("starter-security", "security", "情報セキュリティ基礎", "Information security basics",
            "PROFESSIONAL_PRACTICE", 10, 30),
    POLICY_LEGAL("starter-policy-legal", "policy-legal", "政策法務入門", "Introduction to policy legal affairs",
            "POLICY_LEGAL", 10, 30);

    private static final String RESOURCE_FOLDER = "jp/manabi/content/starter/";

    private final String code;
    private final String folder;
    private final String titleJa;
    private final String titleEn;
    private final String abilityCode;
    private final int suggestedPoints;
    private final int estimatedMinutes;

    StarterModules(String code, String folder, String titleJa, String titleEn, String abilityCode, int suggestedPoints,
            int estimatedMinutes) {
        this.code = code;
        this.folder = folder;
        this.titleJa = titleJa;
        this.titleEn = titleEn;
        this.abilityCode = abilityCode;
        this.suggestedPoints = suggestedPoints;
        this.estimatedMinutes = estimatedMinutes;
    }

    /** A stable code for the module ("starter-security"), e.g. to find the course installed from it. */
    public String code() {
        return code;
    }

    /** The Japanese title, as the package's organization is titled. */
    public String titleJa() {
        return titleJa;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The ability the module builds, as the policy reference data codes it (abilities table). */
    public String abilityCode() {
        return abilityCode;
    }

    /** The points a completion is suggested to count toward that ability. */
    public int suggestedPoints() {
        return suggestedPoints;
    }

    /** About how long the module takes, pages and quiz together. */
    public int estimatedMinutes() {
        return estimatedMinutes;
    }

    /** The package's classpath resource, e.g. "jp/manabi/content/starter/security.zip". */
    public String resourceName() {
        return RESOURCE_FOLDER + folder + ".zip";
    }

    /**
     * The package zip, read from the classpath; the caller closes it.
     *
     * @throws UncheckedIOException if the build did not put the zip on the classpath
     */
    public InputStream openZip() {
        InputStream zip = StarterModules.class.getClassLoader().getResourceAsStream(resourceName());
        if (zip == null) {
            throw new UncheckedIOException(new FileNotFoundException("classpath resource " + resourceName()
                    + " (built by the content module from src/main/starter/" + folder + ")"));
        }
        return zip;
    }

    /** The module with this code. */
    public static Optional<StarterModules> ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(Objects.requireNonNull(code))).findFirst();
    }
}
