package jp.manabi.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Locale;

/**
 * A unit of the organisation: a 部 (bureau), a 課 (section) inside it, or a 係 (subsection) inside
 * that. Staff belong to one department; reports roll up along the tree.
 */
@Entity
@Table(name = "department")
@NamedQuery(name = "Department.all", query = "select d from Department d order by d.sortOrder, d.code")
@NamedQuery(name = "Department.byCode", query = "select d from Department d where d.code = :code")
public class Department implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    private Long id;
    private String code;
    @Column(name = "name_ja")
    private String nameJa;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "dept_level")
    private DepartmentLevel level;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Department parent;
    @Column(name = "sort_order")
    private int sortOrder;
    @Version
    private long version;

    protected Department() {
    }

    public Department(String code, String nameJa, String nameEn, DepartmentLevel level, Department parent, int sortOrder) {
        if (parent == null ? level != DepartmentLevel.BUREAU : parent.level.childLevel() != level) {
            throw new IllegalArgumentException("a " + level + " cannot sit under " + (parent == null ? "nothing" : parent.level));
        }
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.level = level;
        this.parent = parent;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameJa;
    }

    public void rename(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public DepartmentLevel getLevel() {
        return level;
    }

    public Department getParent() {
        return parent;
    }

    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Department d && id != null && id.equals(d.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
