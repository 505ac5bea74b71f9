package jp.manabi.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.manabi.calendar.FiscalYear;
import org.junit.jupiter.api.Test;

/** The rules every view of progress applies. */
class ProgressRulesTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);

    @Test
    void aRunningYearUsesTodaysGradeAndAClosedYearItsLastDay() {
        assertEquals(LocalDate.of(2026, 11, 25), ProgressRules.targetDay(FY2026, LocalDate.of(2026, 11, 25)));
        assertEquals(LocalDate.of(2027, 3, 31), ProgressRules.targetDay(FY2026, LocalDate.of(2027, 3, 31)), "31 March: still the year");
        assertEquals(LocalDate.of(2027, 3, 31), ProgressRules.targetDay(FY2026, LocalDate.of(2027, 4, 1)),
                "1 April: the year is closed and stays under the grade it ended with, whatever the promotion of that day");
        assertEquals(LocalDate.of(2026, 4, 1), ProgressRules.targetDay(FY2026, LocalDate.of(2026, 3, 31)), "a year not yet begun");
    }

    @Test
    void aTargetOfZeroIsAlwaysMetAndAGapIsNeverNegative() {
        assertTrue(ProgressRules.met(0, 0));
        assertTrue(ProgressRules.met(12, 10));
        assertTrue(ProgressRules.met(10, 10));
        assertFalse(ProgressRules.met(9, 10));
        assertEquals(0, ProgressRules.gap(15, 10));
        assertEquals(4, ProgressRules.gap(6, 10));
        assertEquals(100, new AbilityProgress("POLICY_LEGAL", "政策法務能力", "Policy-legal", 0, 0).percent());
        assertEquals(60, new AbilityProgress("POLICY_LEGAL", "政策法務能力", "Policy-legal", 6, 10).percent());
        assertEquals(100, new AbilityProgress("POLICY_LEGAL", "政策法務能力", "Policy-legal", 25, 10).percent());
    }

    @Test
    void evidenceWithoutAbilityPointsAddsNothing() {
        Map<String, Integer> sum = ProgressRules.earned(List.of(Map.of("POLICY_LEGAL", 10), Map.of(),
                Map.of("POLICY_LEGAL", 5, "INTERPERSONAL", 3)));
        assertEquals(Map.of("POLICY_LEGAL", 15, "INTERPERSONAL", 3), sum);
    }
}
