package jp.manabi.content.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time spans as SCORM courses report them, and as the LMS reports total time back. SCORM 1.2 uses
 * CMITimespan {@code HHHH:MM:SS.SS}; SCORM 2004 uses ISO 8601 durations ({@code PT1H2M3.45S}) with
 * a precision of 0.01 s. The server keeps time in centiseconds, the finest unit either version
 * can express, so that adding session times never drifts.
 */
public final class ScormTime {

    /** 1.2: hours of 2–4 digits, minutes and seconds of 2, optional fraction of 1–2 digits. */
    private static final Pattern TIMESPAN = Pattern.compile("(\\d{2,4}):([0-5]\\d):([0-5]\\d)(?:\\.(\\d{1,2}))?");
    /** 2004: P[nY][nM][nD][T[nH][nM][n[.n]S]]; at least one part, and no empty T. */
    private static final Pattern DURATION = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

    private static final long MAX_TIMESPAN_CENTIS = 9999L * 360_000 + 59 * 6_000 + 59 * 100 + 99;
    private static final BigDecimal MAX_CENTIS = BigDecimal.valueOf(Long.MAX_VALUE / 10);

    private ScormTime() {
    }

    /** A SCORM 1.2 session time, or empty when it is not a valid CMITimespan. */
    public static Optional<Duration> parseTimespan(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = TIMESPAN.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        long centis = Long.parseLong(m.group(1)) * 360_000 + Long.parseLong(m.group(2)) * 6_000
                + Long.parseLong(m.group(3)) * 100 + fractionCentis(m.group(4));
        return Optional.of(Duration.ofMillis(centis * 10));
    }

    /** A SCORM 2004 time interval, or empty when it is not a valid ISO 8601 duration. */
    public static Optional<Duration> parseDuration(String value) {
        if (value == null || value.endsWith("T") || "P".equals(value)) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        // Years and months have no fixed length; SCORM's own sample LMS counts 365 and 30 days.
        BigDecimal seconds = BigDecimal.ZERO;
        seconds = seconds.add(part(m.group(1), 365L * 86_400));
        seconds = seconds.add(part(m.group(2), 30L * 86_400));
        seconds = seconds.add(part(m.group(3), 86_400));
        seconds = seconds.add(part(m.group(4), 3_600));
        seconds = seconds.add(part(m.group(5), 60));
        if (m.group(6) != null) {
            seconds = seconds.add(new BigDecimal(m.group(6)));
        }
        // No bound on the digits in the grammar, but a span past Long's centiseconds (about 2.9 billion
        // years) is no session anyone sat through: it is refused, never thrown.
        BigDecimal centis = seconds.movePointRight(2).setScale(0, RoundingMode.DOWN);
        if (centis.compareTo(MAX_CENTIS) > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(centis.longValueExact() * 10));
    }

    /** The session time a course reported, in the format of its version. */
    public static Optional<Duration> parse(ScormVersion version, String value) {
        return version == ScormVersion.SCORM_12 ? parseTimespan(value) : parseDuration(value);
    }

    /**
     * Total time as a SCORM 1.2 course reads it: {@code 0012:05:07.50}. A CMITimespan has at most four
     * digits of hours, so a total past 9999:59:59.99 (416 days of learning in one SCO) is given as
     * that largest span: a longer string would not be a CMITimespan, and a course parsing it could fail.
     */
    public static String formatTimespan(Duration duration) {
        long centis = Math.min(centis(duration), MAX_TIMESPAN_CENTIS);
        long hours = centis / 360_000;
        long minutes = centis / 6_000 % 60;
        long seconds = centis / 100 % 60;
        long fraction = centis % 100;
        return String.format("%04d:%02d:%02d.%02d", hours, minutes, seconds, fraction);
    }

    /** Total time as a SCORM 2004 course reads it: {@code PT12H5M7.5S}; zero is {@code PT0S}. */
    public static String formatDuration(Duration duration) {
        long centis = centis(duration);
        long hours = centis / 360_000;
        long minutes = centis / 6_000 % 60;
        BigDecimal seconds = BigDecimal.valueOf(centis % 6_000, 2).stripTrailingZeros();
        StringBuilder out = new StringBuilder("PT");
        if (hours > 0) {
            out.append(hours).append('H');
        }
        if (minutes > 0) {
            out.append(minutes).append('M');
        }
        if (seconds.signum() > 0 || (hours == 0 && minutes == 0)) {
            out.append(seconds.signum() == 0 ? "0" : seconds.toPlainString()).append('S');
        }
        return out.toString();
    }

    public static String format(ScormVersion version, Duration duration) {
        return version == ScormVersion.SCORM_12 ? formatTimespan(duration) : formatDuration(duration);
    }

    private static long centis(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a time span is never negative");
        }
        return duration.toMillis() / 10;
    }

    private static long fractionCentis(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return fraction.length() == 1 ? Long.parseLong(fraction) * 10 : Long.parseLong(fraction);
    }

    private static BigDecimal part(String digits, long secondsPerUnit) {
        return digits == null ? BigDecimal.ZERO : new BigDecimal(digits).multiply(BigDecimal.valueOf(secondsPerUnit));
    }
}
