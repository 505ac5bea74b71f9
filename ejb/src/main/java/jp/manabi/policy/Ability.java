package jp.manabi.policy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One of the four abilities every employee must grow (政策形成能力, 政策法務能力, 専門実務能力,
 * 対人関係能力). Training earns points per ability; targets are set per grade and fiscal year.
 */
@Entity
@Table(name = "ability")
@Cacheable
@NamedQuery(name = "Ability.all", query = "select a from Ability a order by a.sortOrder")
public class Ability implements Localized, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;
    @Column(name = "name_ja")
    private String nameJa;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "description_ja")
    private String descriptionJa;
    @Column(name = "description_en")
    private String descriptionEn;
    @Column(name = "sort_order")
    private int sortOrder;

    protected Ability() {
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

    public String getDescriptionJa() {
        return descriptionJa;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ability a && code.equals(a.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
