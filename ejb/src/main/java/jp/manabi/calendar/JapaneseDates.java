package jp.manabi.calendar;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates as Japanese official documents write them: in the era of the day (令和), with the first
 * year of an era written 元年 rather than 1年 (令和元年5月1日). Other languages get ISO-like dates.
 */
public final class JapaneseDates {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private JapaneseDates() {
    }

    static boolean isJapanese(Locale locale) {
        return locale == null || "ja".equals(locale.getLanguage());
    }

    /** 「令和元年」, 「令和7年」, 「平成31年」: the era and year of a date. */
    public static String eraYear(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        JapaneseEra era = japanese.getEra();
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return era.getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (year == 1 ? "元" : Integer.toString(year)) + "年";
    }

    /** 「令和7年11月25日」. */
    public static String format(LocalDate date) {
        return eraYear(date) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The date in the user's language: era date in Japanese, "25 Nov 2025" in English. */
    public static String format(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return isJapanese(locale) ? format(date) : ENGLISH.format(date);
    }
}
