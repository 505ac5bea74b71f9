package jp.manabi.course;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A heading of the catalogue (情報セキュリティ, 政策法務 …): a term with a code and Japanese and English
 * names like the policy's own, kept by the migrations.
 */
@Entity
@Table(name = "course_category")
@Cacheable
public class CourseCategory extends jp.manabi.policy.PolicyTerm {

    private static final long serialVersionUID = 1L;

    @Column(name = "sort_order")
    private int sortOrder;

    protected CourseCategory() {
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
