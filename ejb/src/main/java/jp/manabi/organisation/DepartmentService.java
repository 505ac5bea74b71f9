package jp.manabi.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.manabi.account.Role;
import jp.manabi.platform.ValidationFailedException;

/** The organisation chart: reading it is open to all staff, changing it is HR's. */
@Stateless
@RolesAllowed({Role.EMPLOYEE_NAME, Role.ADMIN_NAME})
public class DepartmentService {

    @Inject
    private DepartmentRepository departments;
    @PersistenceContext(unitName = "manabi")
    private EntityManager em;

    public List<Department> all() {
        return departments.all();
    }

    /** The whole tree with the number of staff in each department (not counting those below). */
    public List<DepartmentNode> tree() {
        Map<Long, Long> staff = new HashMap<>();
        for (Object[] row : em.createQuery("select e.department.id, count(e) from Employee e group by e.department.id",
                Object[].class).getResultList()) {
            staff.put((Long) row[0], (Long) row[1]);
        }
        List<Department> all = departments.all();
        Map<Long, List<Department>> children = new HashMap<>();
        List<Department> roots = new ArrayList<>();
        for (Department d : all) {
            if (d.getParentId() == null) {
                roots.add(d);
            } else {
                children.computeIfAbsent(d.getParentId(), k -> new ArrayList<>()).add(d);
            }
        }
        return roots.stream().map(d -> node(d, children, staff)).toList();
    }

    private static DepartmentNode node(Department d, Map<Long, List<Department>> children, Map<Long, Long> staff) {
        return new DepartmentNode(d.getId(), d.getCode(), d.getNameJa(), d.getNameEn(), d.getLevel(),
                staff.getOrDefault(d.getId(), 0L),
                children.getOrDefault(d.getId(), List.of()).stream().map(c -> node(c, children, staff)).toList());
    }

    /** Adds a 部 (no parent), or a 課 or 係 under its parent. */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public Department create(String code, String nameJa, String nameEn, Long parentId) {
        String cleanCode = code == null ? "" : code.strip();
        if (cleanCode.isEmpty() || cleanCode.length() > 20 || nameJa == null || nameJa.isBlank()) {
            throw new ValidationFailedException("department.required");
        }
        if (departments.byCode(cleanCode).isPresent()) {
            throw new ValidationFailedException("department.code.taken", cleanCode);
        }
        Department parent = parentId == null ? null
                : departments.find(parentId).orElseThrow(() -> new ValidationFailedException("department.parent.unknown"));
        if (parent != null && parent.getLevel().childLevel() == null) {
            throw new ValidationFailedException("department.parent.leaf");
        }
        DepartmentLevel level = parent == null ? DepartmentLevel.BUREAU : parent.getLevel().childLevel();
        Department department = new Department(cleanCode, nameJa.strip(), nameEn == null ? null : nameEn.strip(), level,
                parent, all().size());
        departments.add(department);
        return department;
    }

    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public void rename(long id, String nameJa, String nameEn) {
        if (nameJa == null || nameJa.isBlank()) {
            throw new ValidationFailedException("department.required");
        }
        departments.find(id).orElseThrow(() -> new ValidationFailedException("department.parent.unknown"))
                .rename(nameJa.strip(), nameEn == null ? null : nameEn.strip());
    }
}
