package jp.manabi.content.scorm;

import jp.manabi.content.scorm.PackageProblem.Severity;

/**
 * What can be wrong with an uploaded course package. Each code has a message in
 * {@code Messages.properties} (English) and {@code Messages_ja.properties} (Japanese) under its own
 * name, and a usual severity: errors refuse the package, warnings let it in with a note for the
 * trainer. A few codes change severity with the context (a leaf item without a resource is an
 * error in SCORM 2004, whose activity tree cannot hold it, and only a warning in SCORM 1.2).
 */
public enum ProblemCode {

    // The upload as a zip file.
    NOT_A_ZIP(Severity.ERROR),
    ARCHIVE_TOO_LARGE(Severity.ERROR),
    UNSAFE_PATH(Severity.ERROR),
    ENTRY_NAME_ENCODING(Severity.ERROR),
    SYMBOLIC_LINK(Severity.ERROR),
    SPECIAL_FILE(Severity.ERROR),
    DUPLICATE_ENTRY(Severity.ERROR),
    TOO_MANY_ENTRIES(Severity.ERROR),
    ENTRY_TOO_LARGE(Severity.ERROR),
    PACKAGE_TOO_LARGE(Severity.ERROR),
    COMPRESSION_RATIO(Severity.ERROR),
    ENTRY_UNREADABLE(Severity.ERROR),

    // Where the manifest is and whether it is XML at all.
    MANIFEST_MISSING(Severity.ERROR),
    MANIFEST_NOT_AT_ROOT(Severity.ERROR),
    MANIFEST_TOO_LARGE(Severity.ERROR),
    MANIFEST_DOCTYPE(Severity.ERROR),
    MANIFEST_MALFORMED(Severity.ERROR),
    MANIFEST_WRONG_ROOT(Severity.ERROR),

    // What the manifest says.
    REQUIRED_MISSING(Severity.ERROR),
    DUPLICATE_IDENTIFIER(Severity.ERROR),
    NO_ORGANIZATION(Severity.ERROR),
    ORGANIZATION_EMPTY(Severity.ERROR),
    UNKNOWN_RESOURCE(Severity.ERROR),
    LAUNCH_HREF_MISSING(Severity.ERROR),
    LEAF_ITEM_WITHOUT_RESOURCE(Severity.ERROR),
    HREF_OUTSIDE_PACKAGE(Severity.ERROR),
    UNKNOWN_SEQUENCING_REFERENCE(Severity.ERROR),
    INVALID_SEQUENCING_VALUE(Severity.ERROR),

    // What only bends the standard: accepted, with a note.
    SCHEMAVERSION_UNKNOWN(Severity.WARNING),
    DEFAULT_ORGANIZATION_MISSING(Severity.WARNING),
    DEFAULT_ORGANIZATION_UNKNOWN(Severity.WARNING),
    LAUNCH_FILE_MISSING(Severity.WARNING),
    FILE_MISSING(Severity.WARNING),
    UNKNOWN_DEPENDENCY(Severity.WARNING),
    SCORM_TYPE_MISSING(Severity.WARNING),
    INVALID_VALUE(Severity.WARNING),
    XML_BASE_NOT_A_FOLDER(Severity.WARNING),
    UNKNOWN_OBJECTIVE_REFERENCE(Severity.WARNING),
    SUBMANIFEST_IGNORED(Severity.WARNING);

    private final Severity usualSeverity;

    ProblemCode(Severity usualSeverity) {
        this.usualSeverity = usualSeverity;
    }

    /** The severity this problem has unless the context says otherwise. */
    public Severity usualSeverity() {
        return usualSeverity;
    }
}
