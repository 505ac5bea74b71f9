package jp.manabi.policy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A grade (職責) of the policy: 部長職 down to 係員. An employee holds one grade at a time; what the
 * grade expects (its role expectations) and how far its holders should grow each year (ability
 * targets) hang off it.
 */
@Entity
@Table(name = "grade")
@Cacheable
@NamedQuery(name = "Grade.all", query = "select g from Grade g order by g.rankOrder")
public class Grade extends PolicyTerm {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "tier_code")
    private Tier tier;
    @Column(name = "rank_order")
    private int rankOrder;

    protected Grade() {
    }

    public Tier getTier() {
        return tier;
    }

    public int getRankOrder() {
        return rankOrder;
    }
}
