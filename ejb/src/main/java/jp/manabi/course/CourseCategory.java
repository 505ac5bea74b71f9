package jp.manabi.course;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A heading of the catalogue (情報セキュリティ, 政策法務 …); reference data kept by the migrations. */
@Entity
@Table(name = "course_category")
@Cacheable
public class CourseCategory implements Serializable, jp.manabi.policy.Localized {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;
    @Column(name = "name_ja")
    private String nameJa;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "sort_order")
    private int sortOrder;

    protected CourseCategory() {
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

    public int getSortOrder() {
        return sortOrder;
    }
}
