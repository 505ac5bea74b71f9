package jp.manabi.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentNode;
import jp.manabi.organisation.DepartmentService;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.web.i18n.Texts;

/** The department tree (部 → 課 → 係) and HR's form to add a department. */
@Named
@ViewScoped
public class DepartmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DepartmentService departments;
    @Inject
    private Texts texts;

    private List<DepartmentNode> tree;
    private List<Department> all;
    private String code;
    private String nameJa;
    private String nameEn;
    private Long parentId;

    @PostConstruct
    void load() {
        tree = departments.tree();
        all = departments.all();
    }

    public void create() {
        try {
            departments.create(code, nameJa, nameEn, parentId);
            texts.info("department.created", code);
            code = null;
            nameJa = null;
            nameEn = null;
            load();
        } catch (ValidationFailedException e) {
            texts.error(e);
        }
    }

    public List<DepartmentNode> getTree() {
        return tree;
    }

    public List<Department> getParents() {
        return all.stream().filter(d -> d.getLevel().childLevel() != null).toList();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public void setNameJa(String nameJa) {
        this.nameJa = nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
