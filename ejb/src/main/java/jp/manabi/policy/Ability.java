package jp.manabi.policy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One of the four abilities every employee must grow (政策形成能力, 政策法務能力, 専門実務能力,
 * 対人関係能力). Training earns points per ability; targets are set per grade and fiscal year.
 */
@Entity
@Table(name = "ability")
@Cacheable
@NamedQuery(name = "Ability.all", query = "select a from Ability a order by a.sortOrder")
public class Ability extends PolicyTerm {

    private static final long serialVersionUID = 1L;

    @Column(name = "description_ja")
    private String descriptionJa;
    @Column(name = "description_en")
    private String descriptionEn;
    @Column(name = "sort_order")
    private int sortOrder;

    protected Ability() {
    }

    public String getDescriptionJa() {
        return descriptionJa;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
