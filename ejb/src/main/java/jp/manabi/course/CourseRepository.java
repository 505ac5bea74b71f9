package jp.manabi.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries over courses and their packages. */
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

    public Optional<CoursePackage> coursePackage(long id) {
        return Optional.ofNullable(em.find(CoursePackage.class, id));
    }

    /** The newest revision of a course's package: what a learner starting now takes. */
    public Optional<CoursePackage> latestPackage(long courseId) {
        return em.createQuery("select p from CoursePackage p where p.course.id = :course order by p.revision desc",
                CoursePackage.class).setParameter("course", courseId).setMaxResults(1).getResultStream().findFirst();
    }

    public int nextRevision(long courseId) {
        Integer max = em.createQuery("select max(p.revision) from CoursePackage p where p.course.id = :course", Integer.class)
                .setParameter("course", courseId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Courses with at least one package, newest first; only those open to self-study unless {@code all}. */
    public List<Course> courses(boolean all) {
        return em.createQuery("select c from Course c where (c.selfStudy = true or :all = true)"
                + " and exists (select p from CoursePackage p where p.course = c) order by c.createdAt desc, c.id desc",
                Course.class).setParameter("all", all).getResultList();
    }

    public void add(Course course) {
        em.persist(course);
    }

    public void add(CoursePackage coursePackage) {
        em.persist(coursePackage);
    }
}
