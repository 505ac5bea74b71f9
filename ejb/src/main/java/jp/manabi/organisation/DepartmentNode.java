package jp.manabi.organisation;

import java.io.Serializable;
import java.util.List;

/** A department with its children, as the tree screens show it. */
public record DepartmentNode(long id, String code, String nameJa, String nameEn, DepartmentLevel level, long staffCount,
        List<DepartmentNode> children) implements Serializable {
}
