package jp.manabi.content.runtime;

/**
 * Why the run-time refuses a data-model call, with the error code each SCORM version assigns
 * (SCORM 1.2 has no "out of range": it reports 405 for any bad value).
 */
public enum CmiError {
    /** The element does not exist in the data model. */
    UNDEFINED(401, 401),
    /** A keyword (_children, _count, _version) cannot be set. */
    KEYWORD(402, 404),
    READ_ONLY(403, 404),
    WRITE_ONLY(404, 405),
    TYPE_MISMATCH(405, 406),
    OUT_OF_RANGE(405, 407),
    /**
     * A value longer than the LMS keeps for the element. In SCORM 2004 that is the extension error
     * condition "SPM exceeded", which the RTE reports as 351 (general set failure); SCORM 1.2 has
     * only 405 for a value it will not take.
     */
    TOO_LONG(405, 351),
    /** _children asked of an element that has no children: 1.2 "element cannot have children". */
    NO_CHILDREN(202, 301),
    /** _count asked of an element that is not a collection: 1.2 "element not an array, cannot have count". */
    NOT_A_COLLECTION(203, 301),
    /** _version asked of anything but cmi (SCORM 1.2 has no _version at all). */
    NO_VERSION(401, 301),
    /**
     * A collection index past the next free one ({@link CmiDataModel#outOfOrder}). SCORM 2004: 351, the
     * extension error condition "collection set out of order"; SCORM 1.2 defines no code of its own,
     * and 201 (invalid argument) is the one that fits.
     */
    OUT_OF_ORDER(201, 351),
    /**
     * Written before what it depends on ({@link CmiDataModel#dependencyMissing}): 2004's 408. SCORM 1.2
     * has no dependencies, and the model never reports this for it; 101 (general exception) is 1.2's
     * only code that would fit.
     */
    DEPENDENCY_NOT_ESTABLISHED(101, 408);

    private final int scorm12;
    private final int scorm2004;

    CmiError(int scorm12, int scorm2004) {
        this.scorm12 = scorm12;
        this.scorm2004 = scorm2004;
    }

    public int code(ScormVersion version) {
        return version == ScormVersion.SCORM_12 ? scorm12 : scorm2004;
    }
}
