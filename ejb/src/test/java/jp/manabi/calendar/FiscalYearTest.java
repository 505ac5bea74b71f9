package jp.manabi.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Fiscal years (年度) of a Japanese municipality: 1 April to 31 March, named after the year they start in. */
class FiscalYearTest {

    @Test
    void the31stOfMarchBelongsToThePreviousFiscalYearAndThe1stOfAprilStartsANewOne() {
        assertEquals(FiscalYear.of(2025), FiscalYear.containing(LocalDate.of(2026, 3, 31)));
        assertEquals(FiscalYear.of(2026), FiscalYear.containing(LocalDate.of(2026, 4, 1)));
        assertEquals(FiscalYear.of(2025), FiscalYear.containing(LocalDate.of(2026, 1, 1)), "January is still last year's");
        assertEquals(FiscalYear.of(2026), FiscalYear.containing(LocalDate.of(2026, 12, 31)));
        assertEquals(FiscalYear.of(2026), FiscalYear.containing(LocalDate.of(2027, 3, 31)));
        assertEquals(FiscalYear.of(2027), FiscalYear.containing(LocalDate.of(2027, 4, 1)));
    }

    @Test
    void aFiscalYearRunsFromThe1stOfAprilToThe31stOfMarch() {
        FiscalYear year = FiscalYear.of(2026);
        assertEquals(LocalDate.of(2026, 4, 1), year.firstDay());
        assertEquals(LocalDate.of(2027, 3, 31), year.lastDay());
        assertEquals(LocalDate.of(2028, 3, 31), FiscalYear.of(2027).lastDay(), "a leap February changes nothing");
        assertTrue(year.contains(LocalDate.of(2026, 4, 1)));
        assertTrue(year.contains(LocalDate.of(2027, 3, 31)));
        assertFalse(year.contains(LocalDate.of(2026, 3, 31)));
        assertFalse(year.contains(LocalDate.of(2027, 4, 1)));
        assertEquals(FiscalYear.containing(year.firstDay()), year);
        assertEquals(FiscalYear.containing(year.lastDay()), year);
        assertEquals(year.next().firstDay(), year.lastDay().plusDays(1), "years follow each other without a gap");
    }

    @Test
    void yearsFollowAndSortInOrder() {
        FiscalYear year = FiscalYear.of(2026);
        assertEquals(FiscalYear.of(2025), year.previous());
        assertEquals(FiscalYear.of(2027), year.next());
        assertEquals(List.of(FiscalYear.of(2019), FiscalYear.of(2025), FiscalYear.of(2026)),
                List.of(FiscalYear.of(2026), FiscalYear.of(2019), FiscalYear.of(2025)).stream().sorted().toList());
        assertEquals("FY2026", year.toString());
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(1899));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(9999));
    }

    @Test
    void inJapaneseAFiscalYearIsNamedInTheEraOfItsFirstDay() {
        assertEquals("令和8年度", FiscalYear.of(2026).label(Locale.JAPANESE));
        assertEquals("令和8年度", FiscalYear.of(2026).label(Locale.JAPAN));
        assertEquals("令和7年度", FiscalYear.of(2025).label(Locale.JAPANESE));
        assertEquals("令和2年度", FiscalYear.of(2020).label(Locale.JAPANESE));
        assertEquals("令和8年度", FiscalYear.of(2026).label(null), "no locale means Japanese, the application's default");
    }

    /**
     * FY2019 began on 1 April 2019, a month before 令和 (1 May 2019). Two usages exist: the official
     * one (the national budget, 「平成31年度予算」) names a fiscal year after the era in force on its
     * first day, 「平成31年度」; many municipalities renamed the running year 「令和元年度」 from May.
     * Manabi follows the official usage, consistently for every era change: the label is the era
     * of {@link FiscalYear#firstDay()}. This pins that choice; both are correct Japanese.
     */
    @Test
    void fiscalYear2019IsHeisei31AsTheYearBeganUnderHeisei() {
        assertEquals("平成31年度", FiscalYear.of(2019).label(Locale.JAPANESE));
        assertEquals("平成30年度", FiscalYear.of(2018).label(Locale.JAPANESE));
        // The same rule at the previous change of era: 平成 began on 8 January 1989, so FY1988 stays 昭和.
        assertEquals("昭和63年度", FiscalYear.of(1988).label(Locale.JAPANESE));
        assertEquals("平成元年度", FiscalYear.of(1989).label(Locale.JAPANESE), "the first year of an era is 元年");
    }

    @Test
    void otherLanguagesGetFy() {
        assertEquals("FY2026", FiscalYear.of(2026).label(Locale.ENGLISH));
        assertEquals("FY2026", FiscalYear.of(2026).label(Locale.UK));
        assertEquals("FY2019", FiscalYear.of(2019).label(Locale.ENGLISH));
    }
}
