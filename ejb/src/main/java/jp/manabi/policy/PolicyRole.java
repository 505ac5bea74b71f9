package jp.manabi.policy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A role the policy expects of a grade (組織統括, 業務改善, 人材育成 …); its meaning differs per grade. */
@Entity
@Table(name = "policy_role")
@Cacheable
public class PolicyRole extends PolicyTerm {

    private static final long serialVersionUID = 1L;

    protected PolicyRole() {
    }
}
