package jp.manabi.policy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;

/** What a role means at one grade, in the policy's words (e.g. 係長職 × 業務改善). */
@Entity
@Table(name = "role_expectation")
@IdClass(RoleExpectation.Key.class)
@Cacheable
@NamedQuery(name = "RoleExpectation.ofGrade",
        query = "select r from RoleExpectation r where r.grade.code = :grade order by r.sortOrder")
public class RoleExpectation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Composite key: the grade and the role. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String grade;
        public String role;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && grade.equals(k.grade) && role.equals(k.role);
        }

        @Override
        public int hashCode() {
            return grade.hashCode() * 31 + role.hashCode();
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "grade_code")
    private Grade grade;
    @Id
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "role_code")
    private PolicyRole role;
    @Column(name = "text_ja")
    private String textJa;
    @Column(name = "text_en")
    private String textEn;
    @Column(name = "sort_order")
    private int sortOrder;

    protected RoleExpectation() {
    }

    public Grade getGrade() {
        return grade;
    }

    public PolicyRole getRole() {
        return role;
    }

    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? textEn : textJa;
    }

    public String getTextJa() {
        return textJa;
    }

    public String getTextEn() {
        return textEn;
    }
}
