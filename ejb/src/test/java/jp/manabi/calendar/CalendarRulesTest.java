package jp.manabi.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Fiscal years (1 April – 31 March) and dates in the Japanese era, as official documents write them. */
class CalendarRulesTest {

    @Test
    void the31stOfMarchBelongsToThePreviousFiscalYearAndThe1stOfAprilStartsANewOne() {
        assertEquals(FiscalYear.of(2025), FiscalYear.containing(LocalDate.of(2026, 3, 31)));
        assertEquals(FiscalYear.of(2026), FiscalYear.containing(LocalDate.of(2026, 4, 1)));
        assertEquals(FiscalYear.of(2026), FiscalYear.containing(LocalDate.of(2026, 12, 31)));
        assertEquals(FiscalYear.of(2026), FiscalYear.containing(LocalDate.of(2027, 1, 1)));
        FiscalYear year = FiscalYear.of(2026);
        assertEquals(LocalDate.of(2026, 4, 1), year.firstDay());
        assertEquals(LocalDate.of(2027, 3, 31), year.lastDay());
        assertTrue(year.contains(LocalDate.of(2027, 3, 31)));
        assertFalse(year.contains(LocalDate.of(2027, 4, 1)));
        assertEquals(FiscalYear.of(2025), year.previous());
        assertEquals(FiscalYear.of(2027), year.next());
    }

    @Test
    void fiscalYearsAreNamedInTheEraOfTheirFirstDay() {
        assertEquals("令和8年度", FiscalYear.of(2026).label(Locale.JAPANESE));
        assertEquals("令和2年度", FiscalYear.of(2020).label(Locale.JAPANESE));
        // FY2019 began on 1 April 2019, still in 平成; 令和 began on 1 May 2019.
        assertEquals("平成31年度", FiscalYear.of(2019).label(Locale.JAPANESE));
        assertEquals("FY2026", FiscalYear.of(2026).label(Locale.ENGLISH));
    }

    @Test
    void theFirstYearOfAnEraIsWrittenGannen() {
        assertEquals("令和元年5月1日", JapaneseDates.format(LocalDate.of(2019, 5, 1)));
        assertEquals("令和元年12月31日", JapaneseDates.format(LocalDate.of(2019, 12, 31)));
        assertEquals("平成31年4月30日", JapaneseDates.format(LocalDate.of(2019, 4, 30)));
        assertEquals("令和2年1月1日", JapaneseDates.format(LocalDate.of(2020, 1, 1)));
        assertEquals("令和8年11月25日", JapaneseDates.format(LocalDate.of(2026, 11, 25)));
        assertEquals("平成元年1月8日", JapaneseDates.format(LocalDate.of(1989, 1, 8)));
    }

    @Test
    void otherLanguagesGetPlainDates() {
        assertEquals("25 Nov 2026", JapaneseDates.format(LocalDate.of(2026, 11, 25), Locale.ENGLISH));
        assertEquals("令和8年11月25日", JapaneseDates.format(LocalDate.of(2026, 11, 25), Locale.JAPANESE));
        assertEquals("", JapaneseDates.format(null, Locale.JAPANESE));
    }
}
