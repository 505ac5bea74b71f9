package jp.manabi.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentLevel;
import jp.manabi.organisation.DepartmentRepository;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyRepository;
import jp.manabi.testing.BothDatabases;
import jp.manabi.testing.EachDatabase;
import jp.manabi.testing.TestDatabase;

/**
 * The staff list's queries on PostgreSQL and H2: every filter (text, department subtree, grade held
 * on a day), every sort in both directions, paging, and staff without a grade; and the schema's
 * rules for staff and grade histories.
 */
class EmployeeRepositoryTest extends BothDatabases {

    private static final LocalDate BEFORE_PROMOTION = LocalDate.of(2026, 3, 31);
    private static final LocalDate PROMOTION = LocalDate.of(2026, 4, 1);
    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 1);
    private static final List<String> ALL = List.of("2001", "2002", "2003", "3004", "3005", "3006");

    /**
     * 総務部 › 総務課 › 人事係 / 情報政策係 and 市民部 › 市民課 › 戸籍係, with six staff:
     * <pre>
     * 2001 佐藤 一郎   サトウ イチロウ  人事係     係長職 since 2015
     * 2002 鈴木 花子   スズキ ハナコ    情報政策係 係員 since 2018, 主任職 from 1 April 2026; reports to 2001
     * 2003 佐々木 健   ササキ ケン      戸籍係     係員 since 2020; reports to 2001
     * 3004 高橋 誠     タカハシ マコト  戸籍係     主任職 since 2012
     * 3005 田中 恵     タナカ メグミ    人事係     no grade at all
     * 3006 田中 翔     タナカ ショウ    市民課     係員 from 1 October 2026 (joins mid-year)
     * </pre>
     */
    @Override
    protected void fill(EntityManager em) {
        PolicyRepository policy = new PolicyRepository(em);
        Grade staff = policy.grade("STAFF").orElseThrow();
        Grade senior = policy.grade("SENIOR_STAFF").orElseThrow();
        Grade chief = policy.grade("SUBSECTION_CHIEF").orElseThrow();
        Department ga = new Department("GA", "総務部", "General Affairs", DepartmentLevel.BUREAU, null, 1);
        Department ga1 = new Department("GA1", "総務課", null, DepartmentLevel.SECTION, ga, 2);
        Department hr = new Department("GA1A", "人事係", "Personnel", DepartmentLevel.SUBSECTION, ga1, 3);
        Department it = new Department("GA1B", "情報政策係", null, DepartmentLevel.SUBSECTION, ga1, 4);
        Department cz = new Department("CZ", "市民部", null, DepartmentLevel.BUREAU, null, 5);
        Department cz1 = new Department("CZ1", "市民課", null, DepartmentLevel.SECTION, cz, 6);
        Department reg = new Department("CZ1A", "戸籍係", null, DepartmentLevel.SUBSECTION, cz1, 7);
        DepartmentRepository departments = new DepartmentRepository(em);
        List.of(ga, ga1, hr, it, cz, cz1, reg).forEach(departments::add);
        Employee boss = employee("2001", "佐藤", "一郎", "サトウ", "イチロウ", hr, chief, LocalDate.of(2015, 4, 1));
        Employee promoted = employee("2002", "鈴木", "花子", "スズキ", "ハナコ", it, staff, LocalDate.of(2018, 4, 1));
        promoted.assignGrade(senior, PROMOTION);
        Employee third = employee("2003", "佐々木", "健", "ササキ", "ケン", reg, staff, LocalDate.of(2020, 4, 1));
        Employee fourth = employee("3004", "高橋", "誠", "タカハシ", "マコト", reg, senior, LocalDate.of(2012, 4, 1));
        Employee noGrade = new Employee("3005", new PersonName("田中", "恵", "タナカ", "メグミ"), hr);
        Employee joiner = employee("3006", "田中", "翔", "タナカ", "ショウ", cz1, staff, AUTUMN);
        promoted.setSupervisor(boss);
        third.setSupervisor(boss);
        joiner.setSupervisor(third);
        promoted.setEmail("hanako@example.jp");
        EmployeeRepository employees = new EmployeeRepository(em);
        for (Employee e : List.of(boss, promoted, third, fourth, noGrade, joiner)) {
            employees.add(e);
        }
    }

    private static Employee employee(String number, String family, String given, String familyKana, String givenKana,
            Department department, Grade grade, LocalDate from) {
        Employee e = new Employee(number, new PersonName(family, given, familyKana, givenKana), department);
        e.assignGrade(grade, from);
        e.setHireDate(from);
        return e;
    }

    private static StaffFilter text(String text) {
        return new StaffFilter(text, null, null);
    }

    private static StaffFilter grade(String code) {
        return new StaffFilter(null, null, code);
    }

    private StaffFilter department(TestDatabase db, String code) {
        return new StaffFilter(null, db.query(em -> new DepartmentRepository(em).byCode(code).orElseThrow().getId()), null);
    }

    private static List<Long> subtree(EntityManager em, StaffFilter filter) {
        return filter.departmentId() == null ? null : new DepartmentRepository(em).subtreeIds(filter.departmentId());
    }

    private List<StaffRow> rows(TestDatabase db, StaffFilter filter, LocalDate day, StaffSort sort, boolean ascending,
            int first, int size) {
        return db.query(em -> new EmployeeRepository(em).page(filter, subtree(em, filter), day, sort, ascending, first, size));
    }

    private List<String> numbers(TestDatabase db, StaffFilter filter, LocalDate day, StaffSort sort, boolean ascending,
            int first, int size) {
        return rows(db, filter, day, sort, ascending, first, size).stream().map(StaffRow::employeeNumber).toList();
    }

    /** The numbers on the first page of 25 in employee-number order, checked against the count. */
    private List<String> found(TestDatabase db, StaffFilter filter, LocalDate day) {
        List<String> numbers = numbers(db, filter, day, StaffSort.EMPLOYEE_NUMBER, true, 0, 25);
        assertEquals(numbers.size(), count(db, filter, day), () -> "count agrees with the rows for " + filter);
        return numbers;
    }

    private long count(TestDatabase db, StaffFilter filter, LocalDate day) {
        return db.query(em -> new EmployeeRepository(em).count(filter, subtree(em, filter), day));
    }

    @EachDatabase
    void withoutAFilterEveryoneIsListed(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        assertEquals(ALL, found(db, StaffFilter.none(), PROMOTION));
        assertEquals(ALL, found(db, text("   "), PROMOTION), "blank text filters nothing");
        assertEquals(ALL, found(db, StaffFilter.none(), LocalDate.of(2000, 1, 1)), "the day only decides the grade shown");
    }

    @EachDatabase
    void textFindsPrefixesOfTheNumberTheNameAndTheReading(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        assertEquals(List.of("2001", "2002", "2003"), found(db, text("200"), PROMOTION), "employee number prefix");
        assertEquals(List.of("3004", "3005", "3006"), found(db, text("3"), PROMOTION));
        assertEquals(List.of("2002"), found(db, text("2002"), PROMOTION));
        assertEquals(List.of("2001", "2003"), found(db, text("佐"), PROMOTION), "family name prefix: 佐藤, 佐々木");
        assertEquals(List.of("2001"), found(db, text(" 佐藤 "), PROMOTION), "the text is trimmed");
        assertEquals(List.of("3005", "3006"), found(db, text("田中"), PROMOTION));
        assertEquals(List.of("3005"), found(db, text("恵"), PROMOTION), "given name prefix");
        assertEquals(List.of(), found(db, text("藤"), PROMOTION), "a prefix, not anywhere in the name");
        assertEquals(List.of("2001", "2003"), found(db, text("サ"), PROMOTION), "reading prefix in katakana");
        assertEquals(List.of("2001", "2003"), found(db, text("さ"), PROMOTION), "hiragana finds the katakana reading");
        assertEquals(List.of("2001", "2003"), found(db, text("ｻ"), PROMOTION), "half-width katakana too");
        assertEquals(List.of("3005", "3006"), found(db, text("たなか"), PROMOTION));
        assertEquals(List.of("3005"), found(db, text("めぐみ"), PROMOTION), "given name reading");
        assertEquals(List.of(), found(db, text("%"), PROMOTION), "LIKE wildcards are literal");
        assertEquals(List.of(), found(db, text("_001"), PROMOTION));
        assertEquals(List.of(), found(db, text("\\"), PROMOTION));
    }

    @EachDatabase
    void aDepartmentIncludesEverythingBelowIt(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        assertEquals(List.of("2001", "2002", "3005"), found(db, department(db, "GA"), PROMOTION), "a 部 includes its 課 and 係");
        assertEquals(List.of("2001", "2002", "3005"), found(db, department(db, "GA1"), PROMOTION));
        assertEquals(List.of("2002"), found(db, department(db, "GA1B"), PROMOTION), "a 係 alone");
        assertEquals(List.of("2003", "3004", "3006"), found(db, department(db, "CZ"), PROMOTION));
        assertEquals(List.of("2003", "3004"), found(db, department(db, "CZ1A"), PROMOTION), "not the 課 above it");
        assertEquals(List.of("2003", "3004", "3006"), found(db, department(db, "CZ1"), PROMOTION), "a 課 includes its 係");
    }

    @EachDatabase
    void theGradeIsTheOneHeldOnTheDay(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        assertEquals(List.of("2002", "2003"), found(db, grade("STAFF"), BEFORE_PROMOTION), "31 March: still 係員");
        assertEquals(List.of("2003"), found(db, grade("STAFF"), PROMOTION), "promoted on 1 April");
        assertEquals(List.of("2003", "3006"), found(db, grade("STAFF"), AUTUMN), "joined on 1 October");
        assertEquals(List.of("3004"), found(db, grade("SENIOR_STAFF"), BEFORE_PROMOTION));
        assertEquals(List.of("2002", "3004"), found(db, grade("SENIOR_STAFF"), PROMOTION));
        assertEquals(List.of("2001"), found(db, grade("SUBSECTION_CHIEF"), PROMOTION));
        assertEquals(List.of(), found(db, grade("DIRECTOR"), PROMOTION));
        assertEquals(List.of(), found(db, grade("SUBSECTION_CHIEF"), LocalDate.of(2015, 3, 31)), "before the history began");
    }

    @EachDatabase
    void filtersCombine(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        long ga = department(db, "GA").departmentId();
        long cz = department(db, "CZ").departmentId();
        assertEquals(List.of("2002"), found(db, new StaffFilter("2", ga, "SENIOR_STAFF"), PROMOTION));
        assertEquals(List.of(), found(db, new StaffFilter("2", ga, "SENIOR_STAFF"), BEFORE_PROMOTION));
        assertEquals(List.of("3004", "3006"), found(db, new StaffFilter("た", cz, null), PROMOTION));
        assertEquals(List.of("3006"), found(db, new StaffFilter("た", cz, "STAFF"), AUTUMN));
    }

    @EachDatabase
    void eachSortAscending(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        StaffFilter none = StaffFilter.none();
        assertEquals(ALL, numbers(db, none, PROMOTION, StaffSort.EMPLOYEE_NUMBER, true, 0, 25));
        assertEquals(List.of("2003", "2001", "2002", "3004", "3006", "3005"), numbers(db, none, PROMOTION, StaffSort.KANA, true, 0, 25),
                "by reading: ササキ, サトウ, スズキ, タカハシ, タナカ ショウ, タナカ メグミ");
        assertEquals(List.of("2001", "3005", "2002", "3006", "2003", "3004"),
                numbers(db, none, PROMOTION, StaffSort.DEPARTMENT, true, 0, 25),
                "人事係, 情報政策係, 市民課, 戸籍係 in the chart's order, then by reading");
        assertEquals(List.of("2001", "2002", "3004", "2003", "3005", "3006"), numbers(db, none, PROMOTION, StaffSort.GRADE, true, 0, 25),
                "係長職, 主任職 ×2 by reading, 係員, then the two without a grade on the day");
        assertEquals(List.of("2001", "3004", "2003", "2002", "3005", "3006"),
                numbers(db, none, BEFORE_PROMOTION, StaffSort.GRADE, true, 0, 25), "the grade of the day decides");
        assertEquals(List.of("2001", "2002", "3004", "2003", "3006", "3005"), numbers(db, none, AUTUMN, StaffSort.GRADE, true, 0, 25));
    }

    /** Every key of every order, the id tie-breaker included, turns round: descending is ascending reversed. */
    @EachDatabase
    void eachSortDescendingIsTheReverse(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        for (LocalDate day : List.of(BEFORE_PROMOTION, PROMOTION, AUTUMN)) {
            for (StaffSort sort : StaffSort.values()) {
                List<String> ascending = new ArrayList<>(numbers(db, StaffFilter.none(), day, sort, true, 0, 25));
                java.util.Collections.reverse(ascending);
                assertEquals(ascending, numbers(db, StaffFilter.none(), day, sort, false, 0, 25), sort + " on " + day);
            }
        }
        assertEquals(List.of("3006", "3005", "3004", "2003", "2002", "2001"),
                numbers(db, StaffFilter.none(), PROMOTION, StaffSort.EMPLOYEE_NUMBER, false, 0, 25));
        assertEquals(List.of("3006", "3005", "2003"), numbers(db, StaffFilter.none(), PROMOTION, StaffSort.GRADE, false, 0, 3),
                "descending by grade, those without one come first (as the lowest)");
    }

    @EachDatabase
    void pagesFollowEachOther(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        StaffFilter none = StaffFilter.none();
        assertEquals(List.of("2001", "2002"), numbers(db, none, PROMOTION, StaffSort.EMPLOYEE_NUMBER, true, 0, 2));
        assertEquals(List.of("2003", "3004"), numbers(db, none, PROMOTION, StaffSort.EMPLOYEE_NUMBER, true, 2, 2), "page 2 of size 2");
        assertEquals(List.of("3005", "3006"), numbers(db, none, PROMOTION, StaffSort.EMPLOYEE_NUMBER, true, 4, 2));
        assertEquals(List.of(), numbers(db, none, PROMOTION, StaffSort.EMPLOYEE_NUMBER, true, 6, 2), "past the end");
        assertEquals(List.of("3004", "2003"), numbers(db, none, PROMOTION, StaffSort.EMPLOYEE_NUMBER, false, 2, 2));
        assertEquals(List.of("3006"), numbers(db, none, PROMOTION, StaffSort.EMPLOYEE_NUMBER, true, 5, 25), "a short last page");
        for (StaffSort sort : StaffSort.values()) {
            for (boolean ascending : List.of(true, false)) {
                List<String> pages = new ArrayList<>();
                for (int first = 0; first < 6; first += 4) {
                    pages.addAll(numbers(db, none, PROMOTION, sort, ascending, first, 4));
                }
                assertEquals(numbers(db, none, PROMOTION, sort, ascending, 0, 25), pages, sort + (ascending ? " asc" : " desc"));
            }
        }
        assertEquals(List.of("3004"), numbers(db, grade("SENIOR_STAFF"), PROMOTION, StaffSort.KANA, true, 1, 1),
                "paging a filtered list");
    }

    @EachDatabase
    void aRowCarriesTheNamesAndTheGradeOfTheDay(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        StaffRow before = rows(db, text("2002"), BEFORE_PROMOTION, StaffSort.KANA, true, 0, 25).get(0);
        StaffRow after = rows(db, text("2002"), PROMOTION, StaffSort.KANA, true, 0, 25).get(0);
        assertEquals(List.of("鈴木 花子", "スズキ ハナコ", "情報政策係", "STAFF", "係員", "Staff"), List.of(before.name(),
                before.kana(), before.departmentNameJa(), before.gradeCode(), before.gradeNameJa(), before.gradeNameEn()));
        assertNull(before.departmentNameEn());
        assertEquals(List.of("SENIOR_STAFF", "主任職", "Senior staff"), List.of(after.gradeCode(), after.gradeNameJa(), after.gradeNameEn()));
        assertEquals((long) db.query(em -> new EmployeeRepository(em).byNumber("2002").orElseThrow().getId()), after.id());
    }

    @EachDatabase
    void staffWithoutAGradeOnTheDayAreListedWithNone(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        for (StaffSort sort : StaffSort.values()) {
            List<StaffRow> rows = rows(db, text("田中"), PROMOTION, sort, true, 0, 25);
            assertEquals(Set.of("3005", "3006"), Set.copyOf(rows.stream().map(StaffRow::employeeNumber).toList()), sort.name());
            for (StaffRow row : rows) {
                assertNull(row.gradeCode(), row.employeeNumber());
                assertNull(row.gradeNameJa());
                assertNull(row.gradeNameEn());
            }
        }
        StaffRow noGrade = rows(db, text("3005"), PROMOTION, StaffSort.KANA, true, 0, 25).get(0);
        assertEquals("人事係", noGrade.departmentNameJa());
        assertEquals("Personnel", noGrade.departmentNameEn());
        StaffRow joined = rows(db, text("3006"), AUTUMN, StaffSort.KANA, true, 0, 25).get(0);
        assertEquals("STAFF", joined.gradeCode(), "from the day the history begins");
    }

    @EachDatabase
    void employeesAreFoundByIdNumberAndSupervisor(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        db.query(em -> {
            EmployeeRepository employees = new EmployeeRepository(em);
            Employee boss = employees.byNumber("2001").orElseThrow();
            assertEquals("2001", employees.find(boss.getId()).orElseThrow().getEmployeeNumber());
            assertEquals(List.of("2003", "2002"), employees.reportsOf(boss.getId()).stream().map(Employee::getEmployeeNumber).toList(),
                    "reports by reading");
            assertEquals(List.of(), employees.reportsOf(employees.byNumber("3004").orElseThrow().getId()));
            assertEquals(List.of("2003", "2002", "3006"), employees.under(boss.getId()).stream()
                    .map(Employee::getEmployeeNumber).toList(), "the whole chain, level by level");
            assertEquals(List.of("3006"), employees.under(employees.byNumber("2003").orElseThrow().getId()).stream()
                    .map(Employee::getEmployeeNumber).toList());
            assertEquals(List.of(), employees.under(employees.byNumber("3004").orElseThrow().getId()));
            assertEquals(Set.of("2001", "3005"), Set.copyOf(employees.byNumbers(List.of("2001", "3005", "9999")).stream()
                    .map(Employee::getEmployeeNumber).toList()));
            assertEquals(List.of(), employees.byNumbers(List.of()));
            assertEquals(java.util.Optional.empty(), employees.byNumber("9999"));
            assertEquals(java.util.Optional.empty(), employees.find(999_999));
            Employee promoted = employees.byNumber("2002").orElseThrow();
            assertEquals("2001", promoted.getSupervisor().getEmployeeNumber());
            assertEquals("hanako@example.jp", promoted.getEmail());
            assertEquals(LocalDate.of(2018, 4, 1), promoted.getHireDate());
            assertEquals("情報政策係", promoted.getDepartment().getNameJa());
            assertEquals(new PersonName("鈴木", "花子", "スズキ", "ハナコ"), promoted.getName());
            return null;
        });
    }

    @EachDatabase
    void theGradeHistoryIsStoredWithItsEnds(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        Employee promoted = db.query(em -> new EmployeeRepository(em).byNumber("2002").orElseThrow());
        List<GradeAssignment> history = promoted.getGradeHistory();
        assertEquals(List.of("STAFF", "SENIOR_STAFF"), history.stream().map(a -> a.getGrade().getCode()).toList());
        assertEquals(LocalDate.of(2018, 4, 1), history.get(0).getEffectiveFrom());
        assertEquals(PROMOTION, history.get(0).getEffectiveTo());
        assertEquals(PROMOTION, history.get(1).getEffectiveFrom());
        assertNull(history.get(1).getEffectiveTo());
        assertEquals("STAFF", promoted.gradeOn(BEFORE_PROMOTION).orElseThrow().getCode());
        assertEquals("SENIOR_STAFF", promoted.gradeOn(PROMOTION).orElseThrow().getCode());
        assertEquals("一般職", promoted.gradeOn(PROMOTION).orElseThrow().getTier().nameJa());
    }

    /** A promotion recorded later (and one inserted in the past) is written with the neighbours' ends adjusted. */
    @EachDatabase
    void aChangedHistoryIsWrittenBack(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        List<String> lines = db.rolledBack(em -> {
            PolicyRepository policy = new PolicyRepository(em);
            Employee e = new EmployeeRepository(em).byNumber("3004").orElseThrow();
            e.assignGrade(policy.grade("SUBSECTION_CHIEF").orElseThrow(), LocalDate.of(2027, 4, 1));
            e.assignGrade(policy.grade("STAFF").orElseThrow(), LocalDate.of(2008, 4, 1));
            em.flush();
            em.clear();
            List<String> stored = new ArrayList<>();
            for (GradeAssignment a : new EmployeeRepository(em).byNumber("3004").orElseThrow().getGradeHistory()) {
                stored.add(a.getGrade().getCode() + " " + a.getEffectiveFrom() + "–" + a.getEffectiveTo());
            }
            return stored;
        });
        assertEquals(List.of("STAFF 2008-04-01–2012-04-01", "SENIOR_STAFF 2012-04-01–2027-04-01", "SUBSECTION_CHIEF 2027-04-01–null"),
                lines);
        assertEquals(1, db.number("select count(*) from grade_assignment ga join employee e on e.id = ga.employee_id"
                + " where e.employee_number = '3004'"), "rolled back");
    }

    /** The sequences start at the allocation size, so EclipseLink's first block starts at 1 on both databases. */
    @EachDatabase
    void idsStartAtOne(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        assertEquals(1L, db.number("select id from employee where employee_number = '2001'"), "the first employee persisted");
        assertEquals(1L, db.number("select min(id) from grade_assignment"));
        assertEquals(6L, db.number("select max(id) from employee"));
        assertEquals(6L, db.number("select max(id) from grade_assignment"), "six lines, numbered without gaps");
        assertEquals(1L, db.number("select id from department where code = 'GA'"));
    }

    @EachDatabase
    void anEmployeeNumberIsUnique(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        assertThrows(PersistenceException.class, () -> db.rolledBack(em -> {
            Department hr = new DepartmentRepository(em).byCode("GA1A").orElseThrow();
            new EmployeeRepository(em).add(new Employee("2001", new PersonName("別人", "太郎", "ベツジン", "タロウ"), hr));
            em.flush();
            return null;
        }));
        db.assertRefused("insert into employee (id, employee_number, family_name, given_name, family_name_kana,"
                + " given_name_kana, department_id) values (9001, '2001', 'a', 'b', 'c', 'd', 1)");
        assertEquals(6, db.number("select count(*) from employee"));
    }

    @EachDatabase
    void theSchemaRefusesBrokenGradeHistories(TestDatabase.Kind kind) {
        TestDatabase db = db(kind);
        String line = "insert into grade_assignment (id, employee_id, grade_code, effective_from, effective_to) values ";
        long id = db.number("select id from employee where employee_number = '3005'");
        db.assertRefused(line + "(9001, " + id + ", 'STAFF', DATE '2026-04-01', DATE '2026-04-01')");
        db.assertRefused(line + "(9001, " + id + ", 'STAFF', DATE '2026-04-01', DATE '2025-04-01')");
        db.assertRefused(line + "(9001, " + id + ", 'STAFF', DATE '2026-04-01', null)",
                line + "(9002, " + id + ", 'SENIOR_STAFF', DATE '2026-04-01', null)");
        db.assertRefused(line + "(9001, " + id + ", 'PRESIDENT', DATE '2026-04-01', null)");
        db.assertRefused(line + "(9001, 999999, 'STAFF', DATE '2026-04-01', null)");
        db.assertRefused(line + "(9001, " + id + ", 'STAFF', null, null)");
        try {
            db.rolledBackSql(line + "(9001, " + id + ", 'STAFF', DATE '2026-04-01', DATE '2026-04-02')");
        } catch (java.sql.SQLException e) {
            throw new AssertionError("a one-day line is a valid range", e);
        }
        Map<String, Long> counts = Map.of("grade_assignment", 6L, "employee", 6L);
        counts.forEach((table, n) -> assertEquals(n, db.number("select count(*) from " + table), table));
    }
}
