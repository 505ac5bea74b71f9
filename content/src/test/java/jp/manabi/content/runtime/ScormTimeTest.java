package jp.manabi.content.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** SCORM 1.2 CMITimespan and SCORM 2004 ISO 8601 durations, read and written at 0.01 s. */
class ScormTimeTest {

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @ParameterizedTest
    @CsvSource({
        "00:00:00, 0",
        "00:00:01.5, 1500",
        "00:00:01.05, 1050",
        "01:02:03.45, 3723450",
        "9999:59:59.99, 35999999990",
        "0001:00:00, 3600000"})
    void readsScorm12Timespans(String value, long millis) {
        assertEquals(ms(millis), ScormTime.parseTimespan(value).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0:00:00", "00:60:00", "00:00:60", "00:00:01.123", "12345:00:00", "PT1S", "00:00", "-01:00:00"})
    void refusesWhatIsNotACmiTimespan(String value) {
        assertTrue(ScormTime.parseTimespan(value).isEmpty(), value);
    }

    @ParameterizedTest
    @CsvSource({
        "PT0S, 0",
        "PT1.5S, 1500",
        "PT1H2M3.45S, 3723450",
        "P1D, 86400000",
        "P1DT1S, 86401000",
        "PT0.01S, 10",
        "PT0.019S, 10",
        "P1Y, 31536000000",
        "P1M, 2592000000",
        "PT90M, 5400000"})
    void readsScorm2004Durations(String value, long millis) {
        assertEquals(ms(millis), ScormTime.parseDuration(value).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "P1DT", "P1H", "-PT1S", "PT1.S", "PT.5S", "1S", "PT1S2M", "00:00:01"})
    void refusesWhatIsNotAnIso8601Duration(String value) {
        assertTrue(ScormTime.parseDuration(value).isEmpty(), value);
    }

    @Test
    void writesTotalTimeInTheCoursesOwnFormat() {
        assertEquals("0000:00:00.00", ScormTime.formatTimespan(Duration.ZERO));
        assertEquals("0001:02:03.45", ScormTime.formatTimespan(ms(3_723_450)));
        assertEquals("12000:00:00.00", ScormTime.formatTimespan(Duration.ofHours(12_000)));
        assertEquals("PT0S", ScormTime.formatDuration(Duration.ZERO));
        assertEquals("PT1H2M3.45S", ScormTime.formatDuration(ms(3_723_450)));
        assertEquals("PT1H", ScormTime.formatDuration(Duration.ofHours(1)));
        assertEquals("PT1.5S", ScormTime.formatDuration(ms(1_500)));
        assertEquals("PT25H", ScormTime.formatDuration(Duration.ofHours(25)), "hours, never days: one unit to add up");
        assertThrows(IllegalArgumentException.class, () -> ScormTime.formatDuration(ms(-10)));
    }

    @Test
    void sessionTimesAddUpWithoutDrift() {
        Duration total = Duration.ZERO;
        for (int i = 0; i < 1000; i++) {
            total = total.plus(ScormTime.parse(ScormVersion.SCORM_2004, "PT0.01S").orElseThrow());
        }
        assertEquals("PT10S", ScormTime.format(ScormVersion.SCORM_2004, total));
        Duration again = ScormTime.parse(ScormVersion.SCORM_2004, ScormTime.format(ScormVersion.SCORM_2004, total)).orElseThrow();
        assertEquals(total, again, "what the LMS writes, it reads back unchanged");
        assertEquals("0000:00:10.00", ScormTime.format(ScormVersion.SCORM_12, total));
    }

    @Test
    void suspendDataLimitsFollowEachVersion() {
        assertEquals(4096, ScormVersion.SCORM_12.suspendDataLimit());
        assertEquals(64000, ScormVersion.SCORM_2004.suspendDataLimit());
    }
}
