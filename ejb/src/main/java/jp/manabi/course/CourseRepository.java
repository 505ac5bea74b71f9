package jp.manabi.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries over courses, their packages, materials and enrolments. */
@ApplicationScoped
public class CourseRepository {

    @PersistenceContext(unitName = "manabi")
    private EntityManager em;

    protected CourseRepository() {
    }

    public CourseRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Course> course(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    public Optional<Course> byCode(String code) {
        return em.createQuery("select c from Course c where c.code = :code", Course.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Optional<CoursePackage> coursePackage(long id) {
        return Optional.ofNullable(em.find(CoursePackage.class, id));
    }

    /** The newest revision of a course's package: what a learner starting now takes. */
    public Optional<CoursePackage> latestPackage(long courseId) {
        return em.createQuery("select p from CoursePackage p where p.course.id = :course order by p.revision desc",
                CoursePackage.class).setParameter("course", courseId).setMaxResults(1).getResultStream().findFirst();
    }

    /** What a course list shows of a course's newest package. */
    public record PackageFacts(int revision, String edition, int launchable, java.time.LocalDateTime uploadedAt) {
    }

    /** The newest package of each course, in two queries for the whole list (a catalogue page, say). */
    public java.util.Map<Long, PackageFacts> latestPackages(java.util.Collection<Long> courseIds) {
        java.util.Map<Long, PackageFacts> facts = new java.util.HashMap<>();
        if (courseIds.isEmpty()) {
            return facts;
        }
        List<Object[]> packages = em.createQuery("select p.id, p.course.id, p.revision, p.edition, p.uploadedAt"
                + " from CoursePackage p where p.course.id in :ids and p.revision ="
                + " (select max(q.revision) from CoursePackage q where q.course.id = p.course.id)", Object[].class)
                .setParameter("ids", courseIds).getResultList();
        if (packages.isEmpty()) {
            return facts;
        }
        java.util.Map<Long, Long> launchable = new java.util.HashMap<>();
        em.createQuery("select a.coursePackage.id, count(a) from PackageActivity a where a.coursePackage.id in :ids"
                + " and a.launchUrl is not null and a.kind <> :cluster group by a.coursePackage.id", Object[].class)
                .setParameter("ids", packages.stream().map(r -> (Long) r[0]).toList())
                .setParameter("cluster", ActivityKind.CLUSTER).getResultList()
                .forEach(r -> launchable.put((Long) r[0], (Long) r[1]));
        for (Object[] r : packages) {
            facts.put((Long) r[1], new PackageFacts((Integer) r[2], (String) r[3],
                    launchable.getOrDefault((Long) r[0], 0L).intValue(), (java.time.LocalDateTime) r[4]));
        }
        return facts;
    }

    public int nextRevision(long courseId) {
        Integer max = em.createQuery("select max(p.revision) from CoursePackage p where p.course.id = :course", Integer.class)
                .setParameter("course", courseId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public Optional<CourseCategory> category(String code) {
        return Optional.ofNullable(em.find(CourseCategory.class, code));
    }

    public List<CourseCategory> categories() {
        return em.createQuery("select c from CourseCategory c order by c.sortOrder", CourseCategory.class).getResultList();
    }

    /**
     * One page of the published catalogue, newest first, narrowed by category, ability and grade
     * (each optional); with {@code selfStudyOrEnrolledBy}, only courses open to self-study or that
     * employee's enrolments. Two steps, ids then rows, in plain SQL that PostgreSQL and H2 read
     * alike (EclipseLink writes a JPQL boolean literal as 1, which H2 2.x refuses).
     */
    public List<Course> catalogue(CatalogueFilter filter, Long selfStudyOrEnrolledBy, int first, int size) {
        List<Object> parameters = new java.util.ArrayList<>();
        String where = catalogueWhere(filter, selfStudyOrEnrolledBy, parameters);
        jakarta.persistence.Query ids = em.createNativeQuery("SELECT c.id FROM course c WHERE " + where
                + " ORDER BY c.created_at DESC, c.id DESC LIMIT " + size + " OFFSET " + first);
        for (int i = 0; i < parameters.size(); i++) {
            ids.setParameter(i + 1, parameters.get(i));
        }
        List<Long> page = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Course> byId = new java.util.HashMap<>();
        // The page's ability points come in one more query for all its courses, not one per course.
        em.createQuery("select c from Course c join fetch c.category where c.id in :ids", Course.class)
                .setParameter("ids", page).setHint("eclipselink.batch", "c.abilityPoints")
                .setHint("eclipselink.batch.type", "IN").getResultList().forEach(c -> byId.put(c.getId(), c));
        return page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public long catalogueCount(CatalogueFilter filter, Long selfStudyOrEnrolledBy) {
        List<Object> parameters = new java.util.ArrayList<>();
        jakarta.persistence.Query count = em.createNativeQuery("SELECT COUNT(*) FROM course c WHERE "
                + catalogueWhere(filter, selfStudyOrEnrolledBy, parameters));
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
        }
        return ((Number) count.getSingleResult()).longValue();
    }

    private static String catalogueWhere(CatalogueFilter filter, Long employee, List<Object> parameters) {
        StringBuilder where = new StringBuilder("c.status = 'PUBLISHED'");
        if (filter.category() != null) {
            where.append(" AND c.category_code = ?");
            parameters.add(filter.category());
        }
        if (filter.ability() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM course_ability a WHERE a.course_id = c.id AND a.ability_code = ?"
                    + " AND a.points > 0)");
            parameters.add(filter.ability());
        }
        if (filter.grade() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM course_grade g WHERE g.course_id = c.id AND g.grade_code = ?)");
            parameters.add(filter.grade());
        }
        if (employee != null) {
            where.append(" AND (c.self_study = TRUE OR EXISTS (SELECT 1 FROM enrollment e WHERE e.course_id = c.id"
                    + " AND e.employee_id = ?))");
            parameters.add(employee);
        }
        return where.toString();
    }

    /** The courses a trainer owns or co-owns (all courses for {@code null}), newest first. */
    public List<Course> ownedBy(Long employeeId) {
        if (employeeId == null) {
            return em.createQuery("select c from Course c order by c.createdAt desc, c.id desc", Course.class).getResultList();
        }
        return em.createQuery("select c from Course c join c.owners o where o.id = :employee"
                + " order by c.createdAt desc, c.id desc", Course.class).setParameter("employee", employeeId).getResultList();
    }

    public Optional<Enrollment> enrollment(long employeeId, long courseId) {
        return em.createQuery("select e from Enrollment e where e.employee.id = :employee and e.course.id = :course",
                Enrollment.class).setParameter("employee", employeeId).setParameter("course", courseId).getResultStream()
                .findFirst();
    }

    public List<Enrollment> enrollmentsOf(long employeeId) {
        return em.createQuery("select e from Enrollment e join fetch e.course where e.employee.id = :employee"
                + " order by e.enrolledAt desc", Enrollment.class).setParameter("employee", employeeId).getResultList();
    }

    public List<Enrollment> enrollmentsIn(long courseId) {
        return em.createQuery("select e from Enrollment e join fetch e.employee where e.course.id = :course"
                + " order by e.enrolledAt", Enrollment.class).setParameter("course", courseId).getResultList();
    }

    /** Employee id → the day they completed the course (the first time), for the enrolment list. */
    public java.util.Map<Long, Object[]> completionsIn(long courseId) {
        java.util.Map<Long, Object[]> byEmployee = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select c.employee.id, c.completedOn, c.score from Completion c"
                + " where c.course.id = :course order by c.completedOn desc", Object[].class)
                .setParameter("course", courseId).getResultList()) {
            byEmployee.put((Long) row[0], row);
        }
        return byEmployee;
    }

    /** The employees who have started the course (a registration, whatever its state). */
    public java.util.Set<Long> startedIn(long courseId) {
        return new java.util.HashSet<>(em.createQuery("select distinct r.employee.id from Registration r"
                + " where r.course.id = :course", Long.class).setParameter("course", courseId).getResultList());
    }

    public List<CourseMaterial> materials(long courseId) {
        return em.createQuery("select m from CourseMaterial m where m.course.id = :course order by m.uploadedAt, m.id",
                CourseMaterial.class).setParameter("course", courseId).getResultList();
    }

    public Optional<CourseMaterial> material(long id) {
        return Optional.ofNullable(em.find(CourseMaterial.class, id));
    }

    public void add(Object entity) {
        em.persist(entity);
    }
}
