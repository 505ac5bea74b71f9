package jp.manabi.course;

/** Where a course is in its life. */
public enum CourseStatus {
    /** Being prepared: only its owners and HR see it. */
    DRAFT,
    /** In the catalogue: employees find it, enrol and take it. */
    PUBLISHED,
    /** Closed to new learners; those already on it and every completion stay. */
    RETIRED
}
