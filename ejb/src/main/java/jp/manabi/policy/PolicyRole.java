package jp.manabi.policy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A role the policy expects of a grade (組織統括, 業務改善, 人材育成 …); its meaning differs per grade. */
@Entity
@Table(name = "policy_role")
@Cacheable
public class PolicyRole implements Localized, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;
    @Column(name = "name_ja")
    private String nameJa;
    @Column(name = "name_en")
    private String nameEn;

    protected PolicyRole() {
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
}
