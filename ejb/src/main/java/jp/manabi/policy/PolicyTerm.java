package jp.manabi.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/**
 * A term the policy defines (a tier, a grade, an ability, a role): identified by a stable code,
 * named in Japanese with an English reading. Reference data: created by migrations, never edited here.
 */
@MappedSuperclass
public abstract class PolicyTerm implements Localized, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;
    @Column(name = "name_ja")
    private String nameJa;
    @Column(name = "name_en")
    private String nameEn;

    protected PolicyTerm() {
    }

    public String getCode() {
        return code;
    }

    @Override
    public String nameJa() {
        return nameJa;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && code.equals(((PolicyTerm) o).code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
