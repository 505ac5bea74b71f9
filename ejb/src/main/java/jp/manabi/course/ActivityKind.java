package jp.manabi.course;

/** What an entry of a course's table of contents is. */
public enum ActivityKind {
    /** Groups other entries; nothing to launch. */
    CLUSTER,
    /** Content that talks to the run-time API and reports its progress. */
    SCO,
    /** Content launched without an API (a page, a document). */
    ASSET
}
