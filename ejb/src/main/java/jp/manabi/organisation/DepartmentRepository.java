package jp.manabi.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries over the department tree. A city has hundreds of departments at most, so the tree is read whole. */
@ApplicationScoped
public class DepartmentRepository {

    @PersistenceContext(unitName = "manabi")
    private EntityManager em;

    protected DepartmentRepository() {
    }

    public DepartmentRepository(EntityManager em) {
        this.em = em;
    }

    public List<Department> all() {
        return em.createNamedQuery("Department.all", Department.class).getResultList();
    }

    public Optional<Department> find(long id) {
        return Optional.ofNullable(em.find(Department.class, id));
    }

    public Optional<Department> byCode(String code) {
        return em.createNamedQuery("Department.byCode", Department.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public void add(Department department) {
        em.persist(department);
    }

    /** The ids of a department and everything below it, for filters on a subtree. */
    public List<Long> subtreeIds(long rootId) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (Department d : all()) {
            if (d.getParentId() != null) {
                children.computeIfAbsent(d.getParentId(), k -> new ArrayList<>()).add(d.getId());
            }
        }
        List<Long> ids = new ArrayList<>();
        List<Long> todo = new ArrayList<>(List.of(rootId));
        while (!todo.isEmpty()) {
            Long id = todo.remove(todo.size() - 1);
            ids.add(id);
            todo.addAll(children.getOrDefault(id, List.of()));
        }
        return ids;
    }
}
