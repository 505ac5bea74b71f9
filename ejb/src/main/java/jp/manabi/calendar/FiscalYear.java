package jp.manabi.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;

/**
 * A fiscal year (年度) of a Japanese municipality: from 1 April to 31 March of the next calendar
 * year, named after the calendar year in which it starts (令和7年度 = FY2025 = 2025-04-01 … 2026-03-31).
 * Plans, ability targets and reports are all kept per fiscal year.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear>, Serializable {

    public FiscalYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    /** The fiscal year a date falls in: 31 March belongs to the year before, 1 April starts a new one. */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    /** 「令和7年度」 in Japanese, "FY2025" otherwise; the era is the one in force on 1 April. */
    public String label(Locale locale) {
        if (JapaneseDates.isJapanese(locale)) {
            return JapaneseDates.eraYear(firstDay()).replaceFirst("年$", "") + "年度";
        }
        return "FY" + startYear;
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return "FY" + startYear;
    }
}
