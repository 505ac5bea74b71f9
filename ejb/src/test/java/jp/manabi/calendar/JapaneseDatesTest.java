package jp.manabi.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates as Japanese official documents write them: in the era of the day, the first year written 元年. */
class JapaneseDatesTest {

    @Test
    void reiwaBeganOnThe1stOfMay2019() {
        assertEquals("令和元年5月1日", JapaneseDates.format(LocalDate.of(2019, 5, 1)));
        assertEquals("平成31年4月30日", JapaneseDates.format(LocalDate.of(2019, 4, 30)));
        assertEquals("令和元年12月31日", JapaneseDates.format(LocalDate.of(2019, 12, 31)));
        assertEquals("令和2年1月1日", JapaneseDates.format(LocalDate.of(2020, 1, 1)));
    }

    @Test
    void datesOfThisEra() {
        assertEquals("令和8年11月25日", JapaneseDates.format(LocalDate.of(2026, 11, 25)));
        assertEquals("令和8年4月1日", JapaneseDates.format(LocalDate.of(2026, 4, 1)), "no leading zeros");
        assertEquals("令和8年", JapaneseDates.eraYear(LocalDate.of(2026, 11, 25)));
        assertEquals("令和元年", JapaneseDates.eraYear(LocalDate.of(2019, 5, 1)));
    }

    @Test
    void heiseiBeganOnThe8thOfJanuary1989() {
        assertEquals("昭和64年1月7日", JapaneseDates.format(LocalDate.of(1989, 1, 7)));
        assertEquals("平成元年1月8日", JapaneseDates.format(LocalDate.of(1989, 1, 8)));
    }

    @Test
    void theUsersLanguageDecides() {
        assertEquals("令和8年11月25日", JapaneseDates.format(LocalDate.of(2026, 11, 25), Locale.JAPANESE));
        assertEquals("令和8年11月25日", JapaneseDates.format(LocalDate.of(2026, 11, 25), Locale.JAPAN));
        assertEquals("令和8年11月25日", JapaneseDates.format(LocalDate.of(2026, 11, 25), null));
        assertEquals("", JapaneseDates.format(null, Locale.JAPANESE), "no date, nothing to show");
        assertEquals("", JapaneseDates.format(null, Locale.ENGLISH));
    }

    @Test
    void englishGetsPlainDates() {
        assertEquals("25 Nov 2026", JapaneseDates.format(LocalDate.of(2026, 11, 25), Locale.ENGLISH));
        assertEquals("1 May 2019", JapaneseDates.format(LocalDate.of(2019, 5, 1), Locale.ENGLISH));
        assertEquals("30 Apr 2019", JapaneseDates.format(LocalDate.of(2019, 4, 30), Locale.US));
    }
}
