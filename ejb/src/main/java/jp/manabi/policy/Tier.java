package jp.manabi.policy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of the policy's three tiers of responsibility (経営層, 管理職・監督者, 一般職). */
@Entity
@Table(name = "tier")
@Cacheable
public class Tier extends PolicyTerm {

    private static final long serialVersionUID = 1L;

    @Column(name = "summary_ja")
    private String summaryJa;
    @Column(name = "summary_en")
    private String summaryEn;
    @Column(name = "sort_order")
    private int sortOrder;

    protected Tier() {
    }

    public String getSummaryJa() {
        return summaryJa;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
