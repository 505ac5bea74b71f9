package jp.manabi.policy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A grade (職責) of the policy: 部長職 down to 係員. An employee holds one grade at a time; what the
 * grade expects (its role expectations) and how far its holders should grow each year (ability
 * targets) hang off it.
 */
@Entity
@Table(name = "grade")
@Cacheable
@NamedQuery(name = "Grade.all", query = "select g from Grade g order by g.rankOrder")
public class Grade implements Localized, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "tier_code")
    private Tier tier;
    @Column(name = "name_ja")
    private String nameJa;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "rank_order")
    private int rankOrder;

    protected Grade() {
    }

    public String getCode() {
        return code;
    }

    public Tier getTier() {
        return tier;
    }

    @Override
    public String nameJa() {
        return nameJa;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    public int getRankOrder() {
        return rankOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grade g && code.equals(g.code);
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
