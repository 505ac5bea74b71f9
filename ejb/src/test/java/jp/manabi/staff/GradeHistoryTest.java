package jp.manabi.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentLevel;
import jp.manabi.policy.Grade;
import jp.manabi.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** The date-effective grade history: a promotion on 1 April changes the grade from that day and never the past. */
class GradeHistoryTest {

    private final Grade staff = ReferenceData.grade("STAFF", "係員", 6);
    private final Grade senior = ReferenceData.grade("SENIOR_STAFF", "主任職", 5);
    private final Grade chief = ReferenceData.grade("SUBSECTION_CHIEF", "係長職", 4);
    private final Department bureau = new Department("GA", "総務部", null, DepartmentLevel.BUREAU, null, 0);

    private Employee employee() {
        return new Employee("1001", new PersonName("砂川", "太郎", "スナガワ", "タロウ"), bureau);
    }

    @Test
    void aPromotionOnTheFirstOfAprilChangesTheGradeFromThatDayOnly() {
        Employee e = employee();
        assertTrue(e.assignGrade(staff, LocalDate.of(2018, 4, 1)));
        assertTrue(e.assignGrade(senior, LocalDate.of(2026, 4, 1)));
        assertEquals(staff, e.gradeOn(LocalDate.of(2026, 3, 31)).orElseThrow());
        assertEquals(senior, e.gradeOn(LocalDate.of(2026, 4, 1)).orElseThrow());
        assertEquals(senior, e.gradeOn(LocalDate.of(2030, 1, 1)).orElseThrow());
        assertTrue(e.gradeOn(LocalDate.of(2018, 3, 31)).isEmpty(), "no grade before hiring");
        List<GradeAssignment> history = e.getGradeHistory();
        assertEquals(LocalDate.of(2026, 4, 1), history.get(0).getEffectiveTo(), "the old line ends where the new begins");
        assertNull(history.get(1).getEffectiveTo());
    }

    @Test
    void aLineInsertedInThePastKeepsTheLaterLines() {
        Employee e = employee();
        e.assignGrade(staff, LocalDate.of(2010, 4, 1));
        e.assignGrade(chief, LocalDate.of(2024, 4, 1));
        e.assignGrade(senior, LocalDate.of(2018, 4, 1));
        List<GradeAssignment> history = e.getGradeHistory();
        assertEquals(List.of(staff, senior, chief), history.stream().map(GradeAssignment::getGrade).toList());
        assertEquals(LocalDate.of(2018, 4, 1), history.get(0).getEffectiveTo());
        assertEquals(LocalDate.of(2024, 4, 1), history.get(1).getEffectiveTo());
        assertEquals(senior, e.gradeOn(LocalDate.of(2023, 12, 1)).orElseThrow());
        assertEquals(chief, e.gradeOn(LocalDate.of(2024, 4, 1)).orElseThrow());
    }

    @Test
    void aLineOfTheSameDayIsCorrectedAndTheSameGradeChangesNothing() {
        Employee e = employee();
        e.assignGrade(staff, LocalDate.of(2020, 4, 1));
        assertFalse(e.assignGrade(staff, LocalDate.of(2020, 4, 1)));
        assertFalse(e.assignGrade(staff, LocalDate.of(2022, 4, 1)), "already held on that day");
        assertTrue(e.assignGrade(senior, LocalDate.of(2020, 4, 1)), "a correction of the same day");
        assertEquals(1, e.getGradeHistory().size());
        assertEquals(senior, e.gradeOn(LocalDate.of(2021, 1, 1)).orElseThrow());
    }

    @Test
    void nobodySupervisesThemselvesAndANameNeedsBothParts() {
        Employee e = employee();
        assertThrows(IllegalArgumentException.class, () -> e.setSupervisor(e));
        assertThrows(IllegalArgumentException.class, () -> new PersonName("砂川", " ", "スナガワ", ""));
        assertEquals("砂川 太郎", e.getName().full());
        assertEquals("スナガワ タロウ", e.getName().fullKana());
    }

    @Test
    void departmentsSitOnlyWhereTheChartAllows() {
        Department section = new Department("GA1", "総務課", null, DepartmentLevel.SECTION, bureau, 1);
        new Department("GA1A", "人事係", null, DepartmentLevel.SUBSECTION, section, 2);
        assertThrows(IllegalArgumentException.class,
                () -> new Department("X", "課", null, DepartmentLevel.SECTION, null, 0), "a 課 needs a 部");
        assertThrows(IllegalArgumentException.class,
                () -> new Department("Y", "係", null, DepartmentLevel.SUBSECTION, bureau, 0), "a 係 sits under a 課");
    }

    @Test
    void kanaIsStoredAsFullWidthKatakana() {
        assertEquals("スナガワ", Kana.toKatakana("すながわ"));
        assertEquals("スナガワ", Kana.toKatakana("ｽﾅｶﾞﾜ"));
        assertEquals("タロウ", Kana.toKatakana("タロウ"));
    }
}
