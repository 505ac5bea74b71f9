package jp.manabi.organisation;

/** The three levels of a municipal organisation chart. */
public enum DepartmentLevel {
    /** 部 */
    BUREAU,
    /** 課 */
    SECTION,
    /** 係 */
    SUBSECTION;

    /** The level a child of this one has; 係 has no children. */
    public DepartmentLevel childLevel() {
        return switch (this) {
            case BUREAU -> SECTION;
            case SECTION -> SUBSECTION;
            case SUBSECTION -> null;
        };
    }
}
