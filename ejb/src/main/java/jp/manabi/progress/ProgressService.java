package jp.manabi.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.manabi.account.Role;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.completion.Completion;
import jp.manabi.course.ExpectationRef;
import jp.manabi.organisation.DepartmentRepository;
import jp.manabi.platform.AccessDeniedException;
import jp.manabi.platform.NotFoundException;
import jp.manabi.platform.ValidationFailedException;
import jp.manabi.policy.Ability;
import jp.manabi.policy.AbilityTarget;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyRepository;
import jp.manabi.staff.Employee;
import jp.manabi.staff.EmployeeRepository;
import jp.manabi.staff.StaffService;

/**
 * Progress against the grade targets for one person (themselves, their supervisors, HR), for a
 * supervisor's team, and per grade for HR. Every view takes its totals from the same table and its
 * rules from {@link ProgressRules}, so that they cannot disagree.
 */
@Stateless
@RolesAllowed({Role.EMPLOYEE_NAME, Role.ADMIN_NAME})
public class ProgressService {

    /** How many courses to suggest. */
    static final int RECOMMENDATIONS = 5;

    @Inject
    private ProgressRepository progress;
    @Inject
    private PolicyRepository policy;
    @Inject
    private EmployeeRepository employees;
    @Inject
    private DepartmentRepository departments;
    @Inject
    private StaffService staff;
    @PersistenceContext(unitName = "manabi")
    private EntityManager em;

    /** The caller's own year. */
    public EmployeeProgress mine(int fiscalYear) {
        return of(staff.me(), FiscalYear.of(fiscalYear));
    }

    /** One person's year, if the caller may read their record. */
    public EmployeeProgress of(long employeeId, int fiscalYear) {
        Employee employee = employees.find(employeeId).orElseThrow(() -> new NotFoundException("employee " + employeeId));
        if (!staff.mayRead(employee)) {
            throw new AccessDeniedException("not allowed to read the progress of employee " + employeeId);
        }
        return of(employee, FiscalYear.of(fiscalYear));
    }

    private EmployeeProgress of(Employee e, FiscalYear year) {
        LocalDate day = ProgressRules.targetDay(year, LocalDate.now());
        Optional<Grade> grade = e.gradeOn(day);
        Map<String, Integer> earned = progress.earned(year.startYear(), List.of(e.getId())).getOrDefault(e.getId(), Map.of());
        List<AbilityProgress> abilities = abilities(grade.map(Grade::getCode).orElse(null), earned,
                targetsOf(year.startYear()));
        List<Completion> completions = em.createQuery("select c from Completion c where c.employee.id = :employee"
                + " and c.fiscalYear = :year order by c.completedOn desc, c.id desc", Completion.class)
                .setParameter("employee", e.getId()).setParameter("year", year.startYear()).getResultList();
        List<Evidence> evidence = completions.stream()
                .map(c -> new Evidence(c.getId(), c.getCompletedOn(), c.getTitle(), c.getKind().name(),
                        e.gradeOn(c.getCompletedOn()).map(Grade::getCode).orElse(null), new TreeMap<>(c.getPoints())))
                .toList();
        // Evidence from courses tagged with a role expectation, by 「GRADE:ROLE」.
        Map<String, List<String>> byExpectation = new HashMap<>();
        for (Completion c : completions) {
            if (c.getCourse() != null) {
                for (ExpectationRef ref : c.getCourse().getExpectations()) {
                    byExpectation.computeIfAbsent(ref.key(), k -> new ArrayList<>()).add(c.getTitle());
                }
            }
        }
        List<EmployeeProgress.Expectation> expectations = grade.map(g -> policy.roleExpectations(g.getCode()).stream()
                .map(r -> new EmployeeProgress.Expectation(r.getRole().nameJa(), r.getRole().nameEn(), r.getTextJa(),
                        r.getTextEn(), byExpectation.getOrDefault(g.getCode() + ":" + r.getRole().getCode(), List.of())))
                .toList()).orElse(List.of());
        return new EmployeeProgress(e.getId(), e.getEmployeeNumber(), e.getName().full(), year,
                grade.map(Grade::getCode).orElse(null), grade.map(Grade::nameJa).orElse(null),
                grade.map(Grade::nameEn).orElse(null), abilities, evidence, expectations,
                recommendations(e.getId(), abilities));
    }

    /**
     * The courses that would close the most of the gaps: each course scores the points it gives,
     * per ability, up to what is still missing there.
     */
    private List<EmployeeProgress.Recommendation> recommendations(long employeeId, List<AbilityProgress> abilities) {
        Map<String, Integer> gaps = new HashMap<>();
        abilities.stream().filter(a -> a.gap() > 0).forEach(a -> gaps.put(a.abilityCode(), a.gap()));
        if (gaps.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> courses = new LinkedHashMap<>();
        Map<Long, Integer> score = new HashMap<>();
        Map<Long, Object[]> best = new HashMap<>();
        for (Object[] r : progress.candidateCourses(employeeId, gaps.keySet(), 200)) {
            long id = ((Number) r[0]).longValue();
            int points = ((Number) r[4]).intValue();
            courses.putIfAbsent(id, r);
            score.merge(id, Math.min(points, gaps.get((String) r[3])), Integer::sum);
            best.merge(id, r, (a, b) -> ((Number) a[4]).intValue() >= ((Number) b[4]).intValue() ? a : b);
        }
        return courses.keySet().stream()
                .sorted(Comparator.comparing((Long id) -> -score.get(id)).thenComparing(id -> -id))
                .limit(RECOMMENDATIONS)
                .map(id -> new EmployeeProgress.Recommendation(id, (String) courses.get(id)[1], (String) courses.get(id)[2],
                        (String) best.get(id)[3], ((Number) best.get(id)[4]).intValue()))
                .toList();
    }

    /** The supervisor's direct reports, each ability against the target of their grade. */
    @RolesAllowed({Role.SUPERVISOR_NAME})
    public List<TeamRow> team(int fiscalYear) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        LocalDate day = ProgressRules.targetDay(year, LocalDate.now());
        List<Employee> reports = employees.reportsOf(staff.me().getId());
        Map<Long, Map<String, Integer>> earned = progress.earned(fiscalYear, reports.stream().map(Employee::getId).toList());
        Map<String, Map<String, Integer>> targets = targetsOf(fiscalYear);
        List<TeamRow> rows = new ArrayList<>();
        for (Employee r : reports) {
            Optional<Grade> grade = r.gradeOn(day);
            rows.add(new TeamRow(r.getId(), r.getEmployeeNumber(), r.getName().full(), grade.map(Grade::nameJa).orElse(null),
                    grade.map(Grade::nameEn).orElse(null), abilities(grade.map(Grade::getCode).orElse(null),
                            earned.getOrDefault(r.getId(), Map.of()), targets)));
        }
        rows.sort(Comparator.comparing(TeamRow::behind).reversed().thenComparing(TeamRow::employeeNumber));
        return rows;
    }

    /** HR: per grade and ability, the share of people who met the target, in the whole city or under a department. */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public GradeReport gradeReport(int fiscalYear, Long departmentId) {
        FiscalYear year = FiscalYear.of(fiscalYear);
        LocalDate day = ProgressRules.targetDay(year, LocalDate.now());
        return new GradeReport(year, departmentId, progress.gradeReport(fiscalYear, day, subtree(departmentId)));
    }

    /** HR: who of a grade did not meet an ability's target, the page after an employee number (null: the first). */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public List<GradeReport.Behind> behind(int fiscalYear, Long departmentId, String gradeCode, String abilityCode,
            String afterNumber, int size) {
        if (policy.grade(gradeCode).isEmpty() || policy.ability(abilityCode).isEmpty()) {
            throw new ValidationFailedException("progress.unknownCell");
        }
        if (size < 1 || size > 500) {
            throw new ValidationFailedException("paging.range");
        }
        LocalDate day = ProgressRules.targetDay(FiscalYear.of(fiscalYear), LocalDate.now());
        return progress.behind(fiscalYear, day, subtree(departmentId), gradeCode, abilityCode, afterNumber, size);
    }

    private List<Long> subtree(Long departmentId) {
        return departmentId == null ? null : departments.subtreeIds(departmentId);
    }

    /** Grade code → ability code → target points of a fiscal year. */
    private Map<String, Map<String, Integer>> targetsOf(int fiscalYear) {
        Map<String, Map<String, Integer>> targets = new HashMap<>();
        for (AbilityTarget t : policy.targets(fiscalYear)) {
            targets.computeIfAbsent(t.getGrade().getCode(), g -> new HashMap<>()).put(t.getAbility().getCode(), t.getPoints());
        }
        return targets;
    }

    /** Each ability of the policy, in its order, against the target of the grade (0 without a grade or a target). */
    private List<AbilityProgress> abilities(String gradeCode, Map<String, Integer> earned,
            Map<String, Map<String, Integer>> targets) {
        Map<String, Integer> ofGrade = gradeCode == null ? Map.of() : targets.getOrDefault(gradeCode, Map.of());
        List<AbilityProgress> list = new ArrayList<>();
        for (Ability a : policy.abilities()) {
            list.add(new AbilityProgress(a.getCode(), a.nameJa(), a.nameEn(), earned.getOrDefault(a.getCode(), 0),
                    ofGrade.getOrDefault(a.getCode(), 0)));
        }
        return list;
    }
}
