package jp.manabi.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.manabi.completion.Completion;
import jp.manabi.completion.CompletionKind;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentLevel;
import jp.manabi.organisation.DepartmentRepository;
import jp.manabi.policy.AbilityTarget;
import jp.manabi.policy.PolicyRepository;
import jp.manabi.staff.Employee;
import jp.manabi.staff.EmployeeRepository;
import jp.manabi.staff.PersonName;
import jp.manabi.testing.BothDatabases;
import jp.manabi.testing.EachDatabase;
import jp.manabi.testing.TestDatabase;

/**
 * The totals and HR's per-grade view on both databases. Targets (政策法務 / 対人関係): 係員 10 / 0 and
 * 主任 20 / 5 in both years. 山田 (係員 all along) earns 12 policy-legal in FY2026; 佐藤 was promoted
 * from 係員 to 主任 on 1 April 2026 and earned 8 in FY2025 (under 係員, not met) and 20 in FY2026
 * (under 主任, met); 鈴木 (係員, in another department) earns nothing.
 */
class ProgressRepositoryTest extends BothDatabases {

    private long yamada;
    private long sato;
    private long planning;

    @Override
    protected void fill(EntityManager em) {
        DepartmentRepository departments = new DepartmentRepository(em);
        Department hr = new Department("HR", "人事係", null, DepartmentLevel.BUREAU, null, 1);
        Department plan = new Department("PL", "企画係", null, DepartmentLevel.BUREAU, null, 2);
        departments.add(hr);
        departments.add(plan);
        PolicyRepository policy = new PolicyRepository(em);
        EmployeeRepository employees = new EmployeeRepository(em);
        Employee y = new Employee("5001", new PersonName("山田", "花子", "ヤマダ", "ハナコ"), hr);
        Employee s = new Employee("5002", new PersonName("佐藤", "誠", "サトウ", "マコト"), hr);
        Employee k = new Employee("5003", new PersonName("鈴木", "一郎", "スズキ", "イチロウ"), plan);
        y.assignGrade(policy.grade("STAFF").orElseThrow(), LocalDate.of(2020, 4, 1));
        s.assignGrade(policy.grade("STAFF").orElseThrow(), LocalDate.of(2018, 4, 1));
        s.assignGrade(policy.grade("SENIOR_STAFF").orElseThrow(), LocalDate.of(2026, 4, 1));
        k.assignGrade(policy.grade("STAFF").orElseThrow(), LocalDate.of(2022, 4, 1));
        Employee t = new Employee("5004", new PersonName("高橋", "恵", "タカハシ", "メグミ"), plan);
        t.assignGrade(policy.grade("STAFF").orElseThrow(), LocalDate.of(2019, 4, 1));
        t.assignGrade(policy.grade("SENIOR_STAFF").orElseThrow(), LocalDate.of(2026, 10, 1));
        for (Employee e : List.of(y, s, k, t)) {
            employees.add(e);
        }
        for (int year : new int[] {2025, 2026}) {
            target(policy, year, "STAFF", "POLICY_LEGAL", 10);
            target(policy, year, "STAFF", "INTERPERSONAL", 0);
            target(policy, year, "SENIOR_STAFF", "POLICY_LEGAL", 20);
            target(policy, year, "SENIOR_STAFF", "INTERPERSONAL", 5);
        }
        em.flush();
        ProgressRepository progress = new ProgressRepository(em);
        record(em, progress, y, "条例の読み方", LocalDate.of(2026, 6, 1), Map.of("POLICY_LEGAL", 12));
        record(em, progress, y, "朝礼の当番 (能力の対応なし)", LocalDate.of(2026, 6, 2), Map.of());
        // 31 March 2026 is still FY2025; 1 April 2026 is FY2026.
        record(em, progress, s, "法制執務", LocalDate.of(2026, 3, 31), Map.of("POLICY_LEGAL", 8));
        record(em, progress, s, "政策法務演習", LocalDate.of(2026, 4, 1), Map.of("POLICY_LEGAL", 12));
        record(em, progress, s, "政策法務演習 II", LocalDate.of(2026, 9, 1), Map.of("POLICY_LEGAL", 8, "INTERPERSONAL", 5));
        em.flush();
        yamada = y.getId();
        sato = s.getId();
        planning = plan.getId();
    }

    private static void target(PolicyRepository policy, int year, String grade, String ability, int points) {
        policy.add(new AbilityTarget(year, policy.grade(grade).orElseThrow(), policy.ability(ability).orElseThrow(), points));
    }

    private static void record(EntityManager em, ProgressRepository progress, Employee e, String title, LocalDate on,
            Map<String, Integer> points) {
        Completion c = Completion.recorded(e, CompletionKind.GROUP_TRAINING, title, on, points, on.atStartOfDay());
        em.persist(c);
        progress.add(e.getId(), c.getFiscalYear(), c.getPoints());
    }

    @EachDatabase
    void pointsAddUpPerYearAndAbility(TestDatabase.Kind kind) {
        Map<Long, Map<String, Integer>> fy2026 = db(kind).query(em -> new ProgressRepository(em).earned(2026, List.of(yamada, sato)));
        assertEquals(Map.of("POLICY_LEGAL", 12), fy2026.get(yamada));
        assertEquals(Map.of("POLICY_LEGAL", 20, "INTERPERSONAL", 5), fy2026.get(sato));
        Map<Long, Map<String, Integer>> fy2025 = db(kind).query(em -> new ProgressRepository(em).earned(2025, List.of(yamada, sato)));
        assertEquals(Map.of("POLICY_LEGAL", 8), fy2025.get(sato), "31 March counts for the year that ends that day");
        assertEquals(null, fy2025.get(yamada));
    }

    @EachDatabase
    void aPromotionOnTheFirstOfAprilStartsTheYearUnderTheNewGrade(TestDatabase.Kind kind) {
        GradeReport fy2026 = report(kind, 2026, LocalDate.of(2026, 11, 25), null);
        assertEquals(2, fy2026.cell("STAFF", "POLICY_LEGAL").employees(), "山田 and 鈴木; 高橋 was promoted on 1 October");
        assertEquals(1, fy2026.cell("STAFF", "POLICY_LEGAL").met(), "山田 with 12 of 10");
        assertEquals(2, fy2026.cell("STAFF", "INTERPERSONAL").met(), "a target of zero is met by everyone");
        assertEquals(2, fy2026.cell("SENIOR_STAFF", "POLICY_LEGAL").employees(), "佐藤, promoted on 1 April, and 高橋 mid-year");
        assertEquals(1, fy2026.cell("SENIOR_STAFF", "POLICY_LEGAL").met());
        assertEquals(50.0, fy2026.cell("STAFF", "POLICY_LEGAL").share());

        GradeReport fy2025 = report(kind, 2025, LocalDate.of(2026, 3, 31), null);
        assertEquals(4, fy2025.cell("STAFF", "POLICY_LEGAL").employees(), "the closed year stays under the old grade");
        assertEquals(0, fy2025.cell("STAFF", "POLICY_LEGAL").met(), "佐藤 had 8 of 10");
        assertEquals(null, fy2025.cell("SENIOR_STAFF", "POLICY_LEGAL"));
    }

    @EachDatabase
    void aMidYearPromotionMovesTheYearToTheNewGradesTargets(TestDatabase.Kind kind) {
        GradeReport before = report(kind, 2026, LocalDate.of(2026, 9, 30), null);
        assertEquals(3, before.cell("STAFF", "POLICY_LEGAL").employees(), "on 30 September 高橋 is still 係員");
        GradeReport after = report(kind, 2026, LocalDate.of(2027, 3, 31), null);
        assertEquals(2, after.cell("SENIOR_STAFF", "INTERPERSONAL").employees(), "at the end of the year 高橋 is 主任");
        assertEquals(1, after.cell("SENIOR_STAFF", "INTERPERSONAL").met(), "佐藤 has 5 of 5, 高橋 none");
    }

    @EachDatabase
    void theReportNarrowsToADepartmentAndListsWhoIsBehind(TestDatabase.Kind kind) {
        GradeReport planningOnly = report(kind, 2026, LocalDate.of(2026, 11, 25), List.of(planning));
        assertEquals(1, planningOnly.cell("STAFF", "POLICY_LEGAL").employees(), "鈴木; 高橋 is 主任 by now");
        assertEquals(0, planningOnly.cell("STAFF", "POLICY_LEGAL").met());
        List<GradeReport.Behind> behind = db(kind).query(em -> new ProgressRepository(em).behind(2026,
                LocalDate.of(2026, 11, 25), null, "STAFF", "POLICY_LEGAL", null, 20));
        assertEquals(List.of("5003"), behind.stream().map(GradeReport.Behind::employeeNumber).toList());
        assertEquals(0, behind.get(0).earned());
        assertEquals(10, behind.get(0).target());
        assertEquals("企画係", behind.get(0).departmentJa());
        List<GradeReport.Behind> after = db(kind).query(em -> new ProgressRepository(em).behind(2026,
                LocalDate.of(2026, 11, 25), null, "STAFF", "POLICY_LEGAL", "5003", 20));
        assertEquals(List.of(), after, "the page after the last one is empty");
    }

    private GradeReport report(TestDatabase.Kind kind, int year, LocalDate day, List<Long> departments) {
        return new GradeReport(jp.manabi.calendar.FiscalYear.of(year), null,
                db(kind).query(em -> new ProgressRepository(em).gradeReport(year, day, departments)));
    }
}
