package jp.manabi.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentLevel;
import jp.manabi.organisation.DepartmentRepository;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyRepository;
import jp.manabi.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schema, the policy's reference data and the staff list queries on the two databases Manabi
 * runs on: a real PostgreSQL server and H2, both migrated by the application's own migrations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffQueriesTest {

    private static final LocalDate BEFORE_PROMOTION = LocalDate.of(2026, 3, 31);
    private static final LocalDate PROMOTION = LocalDate.of(2026, 4, 1);

    private final Map<TestDatabase.Kind, TestDatabase> databases = new EnumMap<>(TestDatabase.Kind.class);

    @BeforeAll
    void createDatabases() {
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            TestDatabase db = TestDatabase.create(kind);
            databases.put(kind, db);
            inTransaction(db, this::organisation);
        }
    }

    @AfterAll
    void dropDatabases() {
        databases.values().forEach(TestDatabase::close);
    }

    private static void inTransaction(TestDatabase db, Consumer<EntityManager> work) {
        EntityManager em = db.entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static <T> T query(TestDatabase db, java.util.function.Function<EntityManager, T> work) {
        EntityManager em = db.entityManagerFactory().createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** 総務部 › 総務課 › 人事係 / 情報政策係, and 市民部 › 市民課 › 戸籍係, with five staff. */
    private void organisation(EntityManager em) {
        PolicyRepository policy = new PolicyRepository(em);
        Grade staff = policy.grade("STAFF").orElseThrow();
        Grade senior = policy.grade("SENIOR_STAFF").orElseThrow();
        Grade chief = policy.grade("SUBSECTION_CHIEF").orElseThrow();
        Department ga = new Department("GA", "総務部", "General Affairs", DepartmentLevel.BUREAU, null, 1);
        Department ga1 = new Department("GA1", "総務課", null, DepartmentLevel.SECTION, ga, 2);
        Department hr = new Department("GA1A", "人事係", null, DepartmentLevel.SUBSECTION, ga1, 3);
        Department it = new Department("GA1B", "情報政策係", null, DepartmentLevel.SUBSECTION, ga1, 4);
        Department cz = new Department("CZ", "市民部", null, DepartmentLevel.BUREAU, null, 5);
        Department cz1 = new Department("CZ1", "市民課", null, DepartmentLevel.SECTION, cz, 6);
        Department reg = new Department("CZ1A", "戸籍係", null, DepartmentLevel.SUBSECTION, cz1, 7);
        List.of(ga, ga1, hr, it, cz, cz1, reg).forEach(em::persist);
        EmployeeRepository employees = new EmployeeRepository(em);
        Employee boss = employee("2001", "佐藤", "一郎", "サトウ", "イチロウ", hr, chief, LocalDate.of(2015, 4, 1));
        Employee promoted = employee("2002", "鈴木", "花子", "スズキ", "ハナコ", it, staff, LocalDate.of(2018, 4, 1));
        promoted.assignGrade(senior, PROMOTION);
        Employee third = employee("2003", "佐々木", "健", "ササキ", "ケン", reg, staff, LocalDate.of(2020, 4, 1));
        Employee fourth = employee("3004", "高橋", "誠", "タカハシ", "マコト", reg, senior, LocalDate.of(2012, 4, 1));
        Employee noGrade = new Employee("3005", new PersonName("田中", "恵", "タナカ", "メグミ"), hr);
        promoted.setSupervisor(boss);
        third.setSupervisor(boss);
        for (Employee e : List.of(boss, promoted, third, fourth, noGrade)) {
            employees.add(e);
        }
    }

    private static Employee employee(String number, String family, String given, String familyKana, String givenKana,
            Department department, Grade grade, LocalDate from) {
        Employee e = new Employee(number, new PersonName(family, given, familyKana, givenKana), department);
        e.assignGrade(grade, from);
        return e;
    }

    private List<String> numbers(TestDatabase db, StaffFilter filter, LocalDate day, StaffSort sort, boolean ascending,
            int first, int size) {
        return query(db, em -> {
            List<Long> subtree = filter.departmentId() == null ? null
                    : new DepartmentRepository(em).subtreeIds(filter.departmentId());
            return new EmployeeRepository(em).page(filter, subtree, day, sort, ascending, first, size).stream()
                    .map(StaffRow::employeeNumber).toList();
        });
    }

    private long count(TestDatabase db, StaffFilter filter, LocalDate day) {
        return query(db, em -> {
            List<Long> subtree = filter.departmentId() == null ? null
                    : new DepartmentRepository(em).subtreeIds(filter.departmentId());
            return new EmployeeRepository(em).count(filter, subtree, day);
        });
    }

    private long departmentId(TestDatabase db, String code) {
        return query(db, em -> new DepartmentRepository(em).byCode(code).orElseThrow().getId());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theMigrationsCreateThePolicysReferenceData(TestDatabase.Kind kind) throws SQLException {
        TestDatabase db = databases.get(kind);
        assertEquals("3", db.migration.targetSchemaVersion);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (Map.Entry<String, Integer> expected : Map.of("tier", 3, "grade", 6, "ability", 4, "policy_role", 9,
                    "role_expectation", 22).entrySet()) {
                var rs = s.executeQuery("select count(*) from " + expected.getKey());
                rs.next();
                assertEquals(expected.getValue(), rs.getInt(1), expected.getKey());
            }
            var rs = s.executeQuery("select text_ja from role_expectation where grade_code = 'SUBSECTION_CHIEF'"
                    + " and role_code = 'WORK_IMPROVEMENT'");
            rs.next();
            assertTrue(rs.getString(1).startsWith("係（担当）業務の問題の本質を見抜き"), rs.getString(1));
        }
        List<Grade> grades = query(db, em -> new PolicyRepository(em).grades());
        assertEquals(List.of("部長職", "課長職", "課長補佐職", "係長職", "主任職", "係員"), grades.stream().map(Grade::nameJa).toList());
        assertEquals("一般職", grades.get(5).getTier().nameJa());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void idsStartAtOneAndTheHistoryIsStoredWithItsEnds(TestDatabase.Kind kind) {
        TestDatabase db = databases.get(kind);
        assertEquals(1L, departmentId(db, "GA"), "sequence START WITH = allocation size");
        Employee promoted = query(db, em -> new EmployeeRepository(em).byNumber("2002").orElseThrow());
        assertEquals(2, promoted.getGradeHistory().size());
        assertEquals(PROMOTION, promoted.getGradeHistory().get(0).getEffectiveTo());
        assertEquals("STAFF", promoted.gradeOn(BEFORE_PROMOTION).orElseThrow().getCode());
        assertEquals("SENIOR_STAFF", promoted.gradeOn(PROMOTION).orElseThrow().getCode());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theStaffListFiltersByTextDepartmentAndTheGradeHeldOnTheDay(TestDatabase.Kind kind) {
        TestDatabase db = databases.get(kind);
        StaffFilter none = StaffFilter.none();
        assertEquals(5, count(db, none, PROMOTION));
        assertEquals(List.of("2003", "2001", "2002", "3004", "3005"), numbers(db, none, PROMOTION, StaffSort.KANA, true, 0, 25),
                "by reading: ササキ, サトウ, スズキ, タカハシ, タナカ");
        assertEquals(List.of("2001", "2002", "2003"), numbers(db, new StaffFilter("200", null, null), PROMOTION,
                StaffSort.EMPLOYEE_NUMBER, true, 0, 25));
        assertEquals(List.of("2003", "2001"), numbers(db, new StaffFilter("さ", null, null), PROMOTION, StaffSort.KANA, true, 0, 25),
                "hiragana finds katakana readings");
        assertEquals(List.of("2003", "2001"), numbers(db, new StaffFilter("佐", null, null), PROMOTION, StaffSort.KANA, true, 0, 25));
        assertEquals(0, count(db, new StaffFilter("%", null, null), PROMOTION), "LIKE wildcards are literal");
        long ga = departmentId(db, "GA");
        assertEquals(List.of("2001", "2002", "3005"), numbers(db, new StaffFilter(null, ga, null), PROMOTION,
                StaffSort.EMPLOYEE_NUMBER, true, 0, 25), "a 部 includes its 課 and 係");
        assertEquals(1, count(db, new StaffFilter(null, departmentId(db, "GA1B"), null), PROMOTION));
        assertEquals(List.of("2002", "2003"), numbers(db, new StaffFilter(null, null, "STAFF"), BEFORE_PROMOTION,
                StaffSort.EMPLOYEE_NUMBER, true, 0, 25));
        assertEquals(List.of("2003"), numbers(db, new StaffFilter(null, null, "STAFF"), PROMOTION,
                StaffSort.EMPLOYEE_NUMBER, true, 0, 25), "promoted on 1 April");
        assertEquals(2, count(db, new StaffFilter(null, null, "SENIOR_STAFF"), PROMOTION));
        assertEquals(1, count(db, new StaffFilter("2", ga, "SENIOR_STAFF"), PROMOTION));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theStaffListSortsPagesAndShowsStaffWithoutAGrade(TestDatabase.Kind kind) {
        TestDatabase db = databases.get(kind);
        StaffFilter none = StaffFilter.none();
        assertEquals(List.of("3005", "3004", "2003", "2002", "2001"), numbers(db, none, PROMOTION, StaffSort.EMPLOYEE_NUMBER,
                false, 0, 25));
        assertEquals(List.of("2003", "2002"), numbers(db, none, PROMOTION, StaffSort.EMPLOYEE_NUMBER, false, 2, 2), "page 2 of size 2");
        assertEquals(List.of("2001", "3005", "2002", "2003", "3004"), numbers(db, none, PROMOTION, StaffSort.DEPARTMENT, true, 0, 25),
                "department order, then reading");
        List<String> byGrade = numbers(db, none, PROMOTION, StaffSort.GRADE, true, 0, 25);
        assertEquals("2001", byGrade.get(0), "係長職 ranks highest here");
        List<StaffRow> rows = query(db, em -> new EmployeeRepository(em).page(new StaffFilter("3005", null, null), null,
                PROMOTION, StaffSort.KANA, true, 0, 25));
        assertEquals(1, rows.size());
        assertNull(rows.get(0).gradeCode(), "an employee without a grade is listed, with none");
        assertEquals("人事係", rows.get(0).departmentNameJa());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theSchemaRefusesDuplicateNumbersAndBackwardRanges(TestDatabase.Kind kind) throws SQLException {
        TestDatabase db = databases.get(kind);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("insert into employee (id, employee_number, family_name,"
                    + " given_name, family_name_kana, given_name_kana, department_id) values (9999, '2001', 'a', 'b', 'c', 'd', 1)"));
            assertThrows(SQLException.class, () -> s.executeUpdate("insert into grade_assignment (id, employee_id, grade_code,"
                    + " effective_from, effective_to) values (9999, 1, 'STAFF', DATE '2026-04-01', DATE '2026-04-01')"));
            assertThrows(SQLException.class, () -> s.executeUpdate("insert into ability_target (id, fiscal_year, grade_code,"
                    + " ability_code, points) values (9999, 2026, 'STAFF', 'POLICY_LEGAL', -1)"));
        }
    }
}
