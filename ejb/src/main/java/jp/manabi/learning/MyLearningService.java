package jp.manabi.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.manabi.account.Role;
import jp.manabi.completion.Completion;
import jp.manabi.course.CourseRepository;
import jp.manabi.course.Enrollment;
import jp.manabi.staff.Employee;
import jp.manabi.staff.StaffService;

/** Gathers My learning for the signed-in employee; nobody can ask for another person's. */
@Stateless
@RolesAllowed({Role.EMPLOYEE_NAME})
public class MyLearningService {

    @Inject
    private StaffService staff;
    @Inject
    private CourseRepository courses;
    @Inject
    private LearningRepository learning;
    @PersistenceContext(unitName = "manabi")
    private EntityManager em;

    public MyLearning myLearning() {
        Employee me = staff.me();
        LocalDate today = LocalDate.now();
        List<Completion> completions = em.createNamedQuery("Completion.ofEmployee", Completion.class)
                .setParameter("employee", me.getId()).getResultList();
        Set<Long> completedCourses = completions.stream().filter(c -> c.getCourse() != null)
                .map(c -> c.getCourse().getId()).collect(Collectors.toSet());
        List<MyLearning.InProgress> inProgress = learning.openRegistrations(me.getId()).stream()
                .map(r -> new MyLearning.InProgress(r.getCourse().getId(), r.getCourse().getTitle(), r.getCourse().getTitleEn(),
                        (int) learning.completedActivities(r.getId()), r.getCoursePackage().launchable().size(),
                        r.lastLaunchedAt().orElse(r.getStartedAt())))
                .toList();
        List<MyLearning.Assigned> assigned = courses.enrollmentsOf(me.getId()).stream()
                .filter(Enrollment::isAssigned).filter(e -> !completedCourses.contains(e.getCourse().getId()))
                .map(e -> new MyLearning.Assigned(e.getCourse().getId(), e.getCourse().getTitle(), e.getCourse().getTitleEn(),
                        e.dueOn().orElse(null), e.dueOn().map(d -> d.isBefore(today)).orElse(false)))
                .toList();
        List<MyLearning.Done> done = completions.stream()
                .map(c -> new MyLearning.Done(c.getId(), c.getCourse() == null ? null : c.getCourse().getId(), c.getTitle(),
                        c.getCompletedOn(), c.score().orElse(null), new TreeMap<>(c.getPoints())))
                .toList();
        return new MyLearning(inProgress, assigned, done);
    }
}
