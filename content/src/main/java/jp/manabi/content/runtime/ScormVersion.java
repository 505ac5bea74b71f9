package jp.manabi.content.runtime;

/** The two run-time environments Manabi plays: SCORM 1.2 and SCORM 2004 (2nd to 4th edition). */
public enum ScormVersion {
    SCORM_12,
    SCORM_2004;

    /**
     * The largest suspend_data a course may store, in characters: 4,096 in SCORM 1.2
     * (CMIString4096); 64,000 in SCORM 2004 4th edition (SPM of cmi.suspend_data).
     */
    public int suspendDataLimit() {
        return this == SCORM_12 ? 4096 : 64000;
    }
}
