package jp.manabi.progress;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import jp.manabi.calendar.FiscalYear;

/**
 * The rules of progress, in one place so that every view applies them alike. A fiscal year's
 * targets are those of the grade held at its end (or today, while it runs): a promotion on 1 April
 * starts the new year under the new grade and leaves the old year under the old one. A target of
 * zero is always met; evidence without ability points counts for nothing but is still listed.
 */
public final class ProgressRules {

    private ProgressRules() {
    }

    /** The day whose grade sets the year's targets: its last day, or today while the year runs, or its first day before it starts. */
    public static LocalDate targetDay(FiscalYear year, LocalDate today) {
        if (today.isBefore(year.firstDay())) {
            return year.firstDay();
        }
        return today.isAfter(year.lastDay()) ? year.lastDay() : today;
    }

    public static boolean met(int earned, int target) {
        return earned >= target;
    }

    /** What is still missing; never negative. */
    public static int gap(int earned, int target) {
        return Math.max(0, target - earned);
    }

    /** The sum of points per ability over pieces of evidence. */
    public static Map<String, Integer> earned(Iterable<Map<String, Integer>> evidence) {
        Map<String, Integer> sum = new TreeMap<>();
        for (Map<String, Integer> points : evidence) {
            points.forEach((ability, p) -> sum.merge(ability, p, Integer::sum));
        }
        return sum;
    }
}
