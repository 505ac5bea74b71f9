package jp.manabi.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.manabi.organisation.Department;
import jp.manabi.policy.Grade;

/**
 * Queries over the staff. The list query is built with the Criteria API from a filter (never by
 * concatenating input) and pages in the database, so it stays fast at a prefecture's 300,000 staff.
 */
@ApplicationScoped
public class EmployeeRepository {

    @PersistenceContext(unitName = "manabi")
    private EntityManager em;

    protected EmployeeRepository() {
    }

    public EmployeeRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Employee> find(long id) {
        return Optional.ofNullable(em.find(Employee.class, id));
    }

    public Optional<Employee> byNumber(String number) {
        return em.createNamedQuery("Employee.byNumber", Employee.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    public List<Employee> byNumbers(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Employee.byNumbers", Employee.class).setParameter("numbers", numbers).getResultList();
    }

    /**
     * Everyone below a supervisor in the chain (their reports, the reports' reports …, at most ten
     * levels, so that a cycle in bad data cannot run away), level by level and by reading within a
     * level: one recursive query instead of one per person.
     */
    public List<Employee> under(long supervisorId) {
        List<?> rows = em.createNativeQuery("WITH RECURSIVE chain (id, depth) AS ("
                + " SELECT id, 1 FROM employee WHERE supervisor_id = ?"
                + " UNION ALL SELECT e.id, c.depth + 1 FROM employee e JOIN chain c ON e.supervisor_id = c.id"
                + " WHERE c.depth < 10)"
                + " SELECT id, MIN(depth) FROM chain GROUP BY id").setParameter(1, supervisorId).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Integer> depth = new java.util.HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            depth.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        List<Employee> found = new java.util.ArrayList<>();
        List<Long> ids = new java.util.ArrayList<>(depth.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(em.createQuery("select e from Employee e where e.id in :ids", Employee.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList());
        }
        found.sort(java.util.Comparator.comparing((Employee e) -> depth.get(e.getId()))
                .thenComparing(e -> e.getName().familyNameKana()).thenComparing(e -> e.getName().givenNameKana())
                .thenComparing(Employee::getEmployeeNumber));
        return found;
    }

    public List<Employee> reportsOf(long supervisorId) {
        return em.createNamedQuery("Employee.reportsOf", Employee.class).setParameter("id", supervisorId).getResultList();
    }

    public void add(Employee employee) {
        em.persist(employee);
    }

    /**
     * One page of the staff list, with the grade each person holds on {@code day}. Two steps: the
     * ids of the page first, joining only what the filter and the order need (so a deep page walks
     * an index instead of joined rows), then the rows of those 25 ids.
     */
    public List<StaffRow> page(StaffFilter filter, List<Long> departmentIds, LocalDate day, StaffSort sort,
            boolean ascending, int first, int size) {
        List<Long> ids = pageIds(filter, departmentIds, day, sort, ascending, first, size);
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<StaffRow> q = cb.createQuery(StaffRow.class);
        Root<Employee> e = q.from(Employee.class);
        Join<Employee, Department> d = e.join("department");
        Join<Employee, GradeAssignment> ga = currentGrade(cb, e, day);
        Join<GradeAssignment, Grade> g = ga.join("grade", JoinType.LEFT);
        q.select(cb.construct(StaffRow.class, e.get("id"), e.get("employeeNumber"), e.get("familyName"),
                e.get("givenName"), e.get("familyNameKana"), e.get("givenNameKana"), d.get("nameJa"), d.get("nameEn"),
                g.get("code"), g.get("nameJa"), g.get("nameEn")));
        q.where(e.get("id").in(ids));
        Map<Long, StaffRow> rows = new HashMap<>();
        for (StaffRow row : em.createQuery(q).getResultList()) {
            rows.put(row.id(), row);
        }
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    private List<Long> pageIds(StaffFilter filter, List<Long> departmentIds, LocalDate day, StaffSort sort,
            boolean ascending, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Employee> e = q.from(Employee.class);
        Join<GradeAssignment, Grade> g = null;
        if (filter.gradeCode() != null || sort == StaffSort.GRADE) {
            g = currentGrade(cb, e, day).join("grade", JoinType.LEFT);
        }
        q.select(e.get("id"));
        q.where(where(cb, e, g, filter, departmentIds));
        List<Order> order = new ArrayList<>();
        switch (sort) {
            case EMPLOYEE_NUMBER -> order.add(dir(cb, e.get("employeeNumber"), ascending));
            case KANA -> {
                order.add(dir(cb, e.get("familyNameKana"), ascending));
                order.add(dir(cb, e.get("givenNameKana"), ascending));
            }
            case DEPARTMENT -> {
                Join<Employee, Department> d = e.join("department");
                order.add(dir(cb, d.get("sortOrder"), ascending));
                order.add(dir(cb, d.get("code"), ascending));
                order.add(dir(cb, e.get("familyNameKana"), ascending));
            }
            case GRADE -> {
                // Staff without a grade come last on both databases (H2 and PostgreSQL order NULLs differently).
                order.add(dir(cb, cb.coalesce(g.<Integer>get("rankOrder"), 99), ascending));
                order.add(dir(cb, e.get("familyNameKana"), ascending));
            }
        }
        // The tie-breaker runs the same way as the order, so that one index serves both directions.
        order.add(dir(cb, e.get("id"), ascending));
        q.orderBy(order);
        return em.createQuery(q).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(StaffFilter filter, List<Long> departmentIds, LocalDate day) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Employee> e = q.from(Employee.class);
        if (filter.gradeCode() != null) {
            Join<Employee, GradeAssignment> ga = currentGrade(cb, e, day);
            Join<GradeAssignment, Grade> g = ga.join("grade", JoinType.LEFT);
            q.where(where(cb, e, g, filter, departmentIds));
        } else {
            q.where(where(cb, e, null, filter, departmentIds));
        }
        q.select(cb.count(e));
        return em.createQuery(q).getSingleResult();
    }

    private static Join<Employee, GradeAssignment> currentGrade(CriteriaBuilder cb, Root<Employee> e, LocalDate day) {
        Join<Employee, GradeAssignment> ga = e.join("gradeHistory", JoinType.LEFT);
        ga.on(cb.lessThanOrEqualTo(ga.get("effectiveFrom"), day),
                cb.or(cb.isNull(ga.get("effectiveTo")), cb.greaterThan(ga.get("effectiveTo"), day)));
        return ga;
    }

    private static Order dir(CriteriaBuilder cb, jakarta.persistence.criteria.Expression<?> x, boolean ascending) {
        return ascending ? cb.asc(x) : cb.desc(x);
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<Employee> e, Join<GradeAssignment, Grade> g,
            StaffFilter filter, List<Long> departmentIds) {
        List<Predicate> where = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            String prefix = escapeLike(text) + "%";
            String katakana = escapeLike(Kana.toKatakana(text)) + "%";
            where.add(cb.or(
                    cb.like(e.get("employeeNumber"), prefix, '\\'),
                    cb.like(e.get("familyName"), prefix, '\\'),
                    cb.like(e.get("givenName"), prefix, '\\'),
                    cb.like(e.get("familyNameKana"), katakana, '\\'),
                    cb.like(e.get("givenNameKana"), katakana, '\\')));
        }
        if (departmentIds != null) {
            where.add(e.get("department").get("id").in(departmentIds));
        }
        if (filter.gradeCode() != null && g != null) {
            where.add(cb.equal(g.get("code"), filter.gradeCode()));
        }
        return where.toArray(Predicate[]::new);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
