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
        "0001:00:00, 3600000",
        "123:00:00, 442800000",
        "00:00:00.5, 500",
        "00:00:00.05, 50"})
    void readsScorm12Timespans(String value, long millis) {
        assertEquals(ms(millis), ScormTime.parseTimespan(value).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0:00:00", "00:60:00", "00:00:60", "00:00:01.123", "12345:00:00", "PT1S", "00:00", "-01:00:00",
        "00:00:00.", "00:0:00", "00:00:0", " 00:00:00", "00:00:00 ", "00:00:00,5", "00-00-00"})
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
        "PT0.019S, 10",      // more digits than the 0.01 s the book keeps: cut, as the total never drifts
        "P1Y, 31536000000",
        "P1M, 2592000000",
        "PT90M, 5400000",
        "P0Y0M0DT0H0M0S, 0",
        "PT01H059M020S, 7160000",
        "P1Y6M14DT4H15M6.34S, 48312906340"})
    void readsScorm2004Durations(String value, long millis) {
        assertEquals(ms(millis), ScormTime.parseDuration(value).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "P1DT", "P1H", "-PT1S", "PT1.S", "PT.5S", "1S", "PT1S2M", "00:00:01", "P1W", "PT1.5M",
        "P1.5D", "P1D1Y", "pt1s", "PT1,5S", " PT1S", "PT1S ", "P-1D"})
    void refusesWhatIsNotAnIso8601Duration(String value) {
        assertTrue(ScormTime.parseDuration(value).isEmpty(), value);
    }

    @Test
    void writesTotalTimeInTheCoursesOwnFormat() {
        assertEquals("0000:00:00.00", ScormTime.formatTimespan(Duration.ZERO));
        assertEquals("0001:02:03.45", ScormTime.formatTimespan(ms(3_723_450)));
        assertEquals("9999:59:59.99", ScormTime.formatTimespan(Duration.ofHours(12_000)),
                "a CMITimespan has at most four digits of hours");
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
    void totalTimeAddsUpAsTheConformanceScriptsExpect() {
        // DMB.properties: one SCO reports these session times over four launches and reads back
        // cmi.total_time PT1M, PT1M, PT2H20S and PT2H6M9S.
        String[][] launches = {{"PT01M", "PT1M"}, {"PT0H0M0S", "PT1M"}, {"PT01H059M020S", "PT2H20S"}, {"PT0H05M49S", "PT2H6M9S"}};
        Duration total = Duration.ZERO;
        for (String[] launch : launches) {
            total = total.plus(ScormTime.parseDuration(launch[0]).orElseThrow());
            assertEquals(launch[1], ScormTime.formatDuration(total));
        }
    }

    @Test
    void daysAreWrittenAsHoursButReadEitherWay() {
        // DMB.properties expects P29D after a session of P0Y029DT0H; the scripts compare time
        // intervals by value, and PT696H is the same span.
        Duration days = ScormTime.parseDuration("P0Y029DT0H").orElseThrow();
        assertEquals(Duration.ofDays(29), days);
        assertEquals("PT696H", ScormTime.formatDuration(days));
        assertEquals(days, ScormTime.parseDuration("P29D").orElseThrow());
    }

    @Test
    void monthsAndMinutesShareALetterAndTheTDecidesWhich() {
        assertEquals(Duration.ofDays(30), ScormTime.parseDuration("P1M").orElseThrow());
        assertEquals(Duration.ofMinutes(1), ScormTime.parseDuration("PT1M").orElseThrow());
        assertEquals(Duration.ofDays(30).plusMinutes(1), ScormTime.parseDuration("P1MT1M").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P99999999999999999999Y", "PT99999999999999999999S", "PT9223372036854775807H"})
    void aSpanTooLongForTheServerIsRefusedNotThrown(String value) {
        assertTrue(ScormTime.parseDuration(value).isEmpty(), value);
        assertEquals(406, CmiDataModel.of(ScormVersion.SCORM_2004).checkSet("cmi.session_time", value).orElseThrow()
                .code(ScormVersion.SCORM_2004));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 10, 990, 1_000, 59_990, 60_000, 3_599_990, 3_600_000, 86_400_000, 35_999_999_990L})
    void whatTheLmsWritesItReadsBackInBothFormats(long millis) {
        Duration d = ms(millis);
        assertEquals(d, ScormTime.parseTimespan(ScormTime.formatTimespan(d)).orElseThrow(), ScormTime.formatTimespan(d));
        assertEquals(d, ScormTime.parseDuration(ScormTime.formatDuration(d)).orElseThrow(), ScormTime.formatDuration(d));
    }

    @Test
    void finerThanHundredthsIsCutNotRounded() {
        assertEquals("PT0.01S", ScormTime.formatDuration(ms(19)));
        assertEquals("0000:00:00.01", ScormTime.formatTimespan(ms(19)));
        assertEquals("PT0S", ScormTime.formatDuration(ms(9)));
    }

    @Test
    void negativeSpansAreNeverWritten() {
        assertThrows(IllegalArgumentException.class, () -> ScormTime.formatTimespan(ms(-10)));
        assertThrows(IllegalArgumentException.class, () -> ScormTime.format(ScormVersion.SCORM_2004, ms(-1)));
    }

    @Test
    void eachVersionReadsOnlyItsOwnFormat() {
        assertTrue(ScormTime.parse(ScormVersion.SCORM_12, "PT1M").isEmpty());
        assertTrue(ScormTime.parse(ScormVersion.SCORM_2004, "00:01:00").isEmpty());
        assertEquals(Duration.ofMinutes(1), ScormTime.parse(ScormVersion.SCORM_12, "00:01:00").orElseThrow());
        assertTrue(ScormTime.parse(ScormVersion.SCORM_12, null).isEmpty());
        assertTrue(ScormTime.parse(ScormVersion.SCORM_2004, null).isEmpty());
    }

    @Test
    void suspendDataLimitsFollowEachVersion() {
        assertEquals(4096, ScormVersion.SCORM_12.suspendDataLimit());
        assertEquals(64000, ScormVersion.SCORM_2004.suspendDataLimit());
    }
}
