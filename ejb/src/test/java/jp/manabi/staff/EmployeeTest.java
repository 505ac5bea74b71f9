package jp.manabi.staff;

import static jp.manabi.testing.ReferenceData.SENIOR_STAFF;
import static jp.manabi.testing.ReferenceData.STAFF;
import static jp.manabi.testing.ReferenceData.SUBSECTION_CHIEF;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.manabi.organisation.Department;
import jp.manabi.organisation.DepartmentLevel;
import jp.manabi.policy.Grade;
import jp.manabi.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** An employee's date-effective grade history: a promotion on 1 April changes the grade from that day, never the past. */
class EmployeeTest {

    private static final LocalDate HIRED = LocalDate.of(2018, 4, 1);
    private static final LocalDate PROMOTION = LocalDate.of(2026, 4, 1);

    private final Department bureau = new Department("GA", "総務部", null, DepartmentLevel.BUREAU, null, 0);

    private Employee employee(String number) {
        return new Employee(number, new PersonName("砂川", "太郎", "スナガワ", "タロウ"), bureau);
    }

    /** The history's lines are contiguous: each ends where the next begins, and only the last is open. */
    private static void assertContiguous(Employee e) {
        List<GradeAssignment> history = e.getGradeHistory();
        for (int i = 0; i < history.size(); i++) {
            GradeAssignment line = history.get(i);
            if (i + 1 < history.size()) {
                assertEquals(history.get(i + 1).getEffectiveFrom(), line.getEffectiveTo(), "line " + i + " ends where the next begins");
                assertTrue(line.getEffectiveFrom().isBefore(line.getEffectiveTo()), "line " + i + " is not empty");
            } else {
                assertNull(line.getEffectiveTo(), "the last line is open");
            }
        }
    }

    @Test
    void aPromotionOnThe1stOfAprilChangesTheGradeFromThatDayOnly() {
        Employee e = employee("1001");
        assertTrue(e.assignGrade(STAFF, HIRED));
        assertTrue(e.assignGrade(SENIOR_STAFF, PROMOTION));
        assertEquals(Optional.empty(), e.gradeOn(HIRED.minusDays(1)), "no grade before hiring");
        assertEquals(STAFF, e.gradeOn(HIRED).orElseThrow());
        assertEquals(STAFF, e.gradeOn(PROMOTION.minusDays(1)).orElseThrow(), "31 March: still the old grade");
        assertEquals(SENIOR_STAFF, e.gradeOn(PROMOTION).orElseThrow(), "1 April: the new grade");
        assertEquals(SENIOR_STAFF, e.gradeOn(LocalDate.of(2040, 1, 1)).orElseThrow(), "until further notice");
        List<GradeAssignment> history = e.getGradeHistory();
        assertEquals(2, history.size());
        assertEquals(PROMOTION, history.get(0).getEffectiveTo(), "the old line ends (exclusively) where the new begins");
        assertFalse(history.get(0).covers(PROMOTION));
        assertTrue(history.get(0).covers(PROMOTION.minusDays(1)));
        assertNull(history.get(1).getEffectiveTo());
        assertContiguous(e);
    }

    @Test
    void aLineInsertedInThePastKeepsTheLaterLines() {
        Employee e = employee("1001");
        e.assignGrade(STAFF, LocalDate.of(2010, 4, 1));
        e.assignGrade(SUBSECTION_CHIEF, LocalDate.of(2024, 4, 1));
        assertTrue(e.assignGrade(SENIOR_STAFF, LocalDate.of(2018, 4, 1)), "a promotion recorded late");
        List<GradeAssignment> history = e.getGradeHistory();
        assertEquals(List.of(STAFF, SENIOR_STAFF, SUBSECTION_CHIEF), history.stream().map(GradeAssignment::getGrade).toList());
        assertEquals(List.of(LocalDate.of(2010, 4, 1), LocalDate.of(2018, 4, 1), LocalDate.of(2024, 4, 1)),
                history.stream().map(GradeAssignment::getEffectiveFrom).toList());
        assertEquals(STAFF, e.gradeOn(LocalDate.of(2018, 3, 31)).orElseThrow());
        assertEquals(SENIOR_STAFF, e.gradeOn(LocalDate.of(2023, 12, 1)).orElseThrow());
        assertEquals(SUBSECTION_CHIEF, e.gradeOn(LocalDate.of(2024, 4, 1)).orElseThrow());
        assertContiguous(e);
    }

    @Test
    void aLineBeforeTheFirstOneExtendsTheHistoryBackwards() {
        Employee e = employee("1001");
        e.assignGrade(SENIOR_STAFF, LocalDate.of(2020, 4, 1));
        assertTrue(e.assignGrade(STAFF, LocalDate.of(2015, 4, 1)));
        assertEquals(STAFF, e.gradeOn(LocalDate.of(2019, 1, 1)).orElseThrow());
        assertEquals(SENIOR_STAFF, e.gradeOn(LocalDate.of(2020, 4, 1)).orElseThrow());
        assertContiguous(e);
    }

    @Test
    void aLineOfTheSameDayIsCorrectedNotDuplicated() {
        Employee e = employee("1001");
        e.assignGrade(STAFF, LocalDate.of(2020, 4, 1));
        e.assignGrade(SUBSECTION_CHIEF, LocalDate.of(2024, 4, 1));
        assertTrue(e.assignGrade(SENIOR_STAFF, LocalDate.of(2020, 4, 1)), "HR corrects a wrongly entered line");
        List<GradeAssignment> history = e.getGradeHistory();
        assertEquals(2, history.size());
        assertEquals(SENIOR_STAFF, history.get(0).getGrade());
        assertEquals(LocalDate.of(2024, 4, 1), history.get(0).getEffectiveTo(), "the corrected line keeps its end");
        assertEquals(SENIOR_STAFF, e.gradeOn(LocalDate.of(2021, 1, 1)).orElseThrow());
        assertContiguous(e);
    }

    @Test
    void assigningTheGradeAlreadyHeldChangesNothing() {
        Employee e = employee("1001");
        assertTrue(e.assignGrade(STAFF, HIRED));
        assertFalse(e.assignGrade(STAFF, HIRED), "the same line again");
        assertFalse(e.assignGrade(STAFF, LocalDate.of(2022, 4, 1)), "already held on that day");
        e.assignGrade(SENIOR_STAFF, PROMOTION);
        assertFalse(e.assignGrade(SENIOR_STAFF, LocalDate.of(2030, 4, 1)));
        assertFalse(e.assignGrade(STAFF, LocalDate.of(2025, 4, 1)), "held then, before the promotion");
        assertEquals(2, e.getGradeHistory().size());
        assertContiguous(e);
    }

    @Test
    void theLinesStayContiguousWhateverOrderTheyAreEnteredIn() {
        List<LocalDate> days = List.of(LocalDate.of(2024, 4, 1), LocalDate.of(2008, 4, 1), LocalDate.of(2016, 4, 1),
                LocalDate.of(2012, 4, 1), LocalDate.of(2020, 10, 1), LocalDate.of(2016, 4, 1));
        List<Grade> grades = List.of(ReferenceData.ASSISTANT_SECTION_CHIEF, STAFF, SUBSECTION_CHIEF, SENIOR_STAFF,
                ReferenceData.SECTION_CHIEF, SENIOR_STAFF);
        Employee e = employee("1001");
        for (int i = 0; i < days.size(); i++) {
            e.assignGrade(grades.get(i), days.get(i));
            assertContiguous(e);
        }
        List<LocalDate> starts = new ArrayList<>(e.getGradeHistory().stream().map(GradeAssignment::getEffectiveFrom).toList());
        assertEquals(starts.stream().sorted().toList(), starts, "oldest first");
        assertEquals(5, starts.size(), "the second 2016 line corrected the first");
        assertEquals(SENIOR_STAFF, e.gradeOn(LocalDate.of(2017, 1, 1)).orElseThrow());
    }

    @Test
    void theHistoryCannotBeChangedFromOutside() {
        Employee e = employee("1001");
        e.assignGrade(STAFF, HIRED);
        assertThrows(UnsupportedOperationException.class, () -> e.getGradeHistory().clear());
        assertThrows(NullPointerException.class, () -> e.assignGrade(null, HIRED));
        assertThrows(NullPointerException.class, () -> e.assignGrade(STAFF, null));
        assertEquals(1, e.getGradeHistory().size());
    }

    @Test
    void nobodySupervisesThemselves() {
        Employee e = employee("1001");
        assertThrows(IllegalArgumentException.class, () -> e.setSupervisor(e));
        Employee sameRowAgain = ReferenceData.withId(employee("1001"), 7);
        ReferenceData.withId(e, 7);
        assertThrows(IllegalArgumentException.class, () -> e.setSupervisor(sameRowAgain), "the same person loaded twice");
        Employee boss = ReferenceData.withId(employee("0001"), 1);
        assertDoesNotThrow(() -> e.setSupervisor(boss));
        assertSame(boss, e.getSupervisor());
        e.setSupervisor(null);
        assertNull(e.getSupervisor());
    }

    @Test
    void anEmployeeHasOneDepartmentAndAnOptionalEmail() {
        Employee e = employee("1001");
        assertSame(bureau, e.getDepartment());
        assertThrows(NullPointerException.class, () -> e.moveTo(null));
        assertThrows(NullPointerException.class, () -> new Employee(null, e.getName(), bureau));
        e.setEmail("  taro@example.jp ");
        assertEquals("taro@example.jp", e.getEmail());
        e.setEmail(" ");
        assertNull(e.getEmail());
        assertEquals("砂川 太郎", e.getName().full());
    }
}
