package jp.manabi.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A role expectation of the policy (grade × role) that a course supports, written 「SUBSECTION_CHIEF:DECISION」. */
@Embeddable
public class ExpectationRef implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "grade_code")
    private String gradeCode;
    @Column(name = "role_code")
    private String roleCode;

    protected ExpectationRef() {
    }

    public ExpectationRef(String gradeCode, String roleCode) {
        this.gradeCode = Objects.requireNonNull(gradeCode);
        this.roleCode = Objects.requireNonNull(roleCode);
    }

    /** From 「GRADE:ROLE」. */
    public static ExpectationRef parse(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            throw new IllegalArgumentException("not GRADE:ROLE: " + key);
        }
        return new ExpectationRef(key.substring(0, colon), key.substring(colon + 1));
    }

    public String key() {
        return gradeCode + ":" + roleCode;
    }

    public String getGradeCode() {
        return gradeCode;
    }

    public String getRoleCode() {
        return roleCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectationRef r && r.gradeCode.equals(gradeCode) && r.roleCode.equals(roleCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gradeCode, roleCode);
    }

    @Override
    public String toString() {
        return key();
    }
}
