package jp.manabi.content.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The data-model rules of the SCORM 1.2 and SCORM 2004 4th edition run-time books that commits are
 * checked against: which elements exist, who may read and write them, what values they take, and
 * the error code each refusal carries in each version.
 */
class CmiDataModelTest {

    private static final CmiDataModel SCORM_12 = CmiDataModel.of(ScormVersion.SCORM_12);
    private static final CmiDataModel SCORM_2004 = CmiDataModel.of(ScormVersion.SCORM_2004);

    private static int code(CmiDataModel model, Optional<CmiError> error) {
        return error.map(e -> e.code(model.version())).orElse(0);
    }

    private static int set12(String element, String value) {
        return code(SCORM_12, SCORM_12.checkSet(element, value));
    }

    private static int get12(String element) {
        return code(SCORM_12, SCORM_12.checkGet(element));
    }

    private static int set2004(String element, String value) {
        return code(SCORM_2004, SCORM_2004.checkSet(element, value));
    }

    private static int get2004(String element) {
        return code(SCORM_2004, SCORM_2004.checkGet(element));
    }

    /** SCORM 1.2 RTE, section 3.4: the cmi data model and the error codes 401–405 of LMSGetValue / LMSSetValue. */
    @Nested
    class Scorm12 {

        @ParameterizedTest
        @ValueSource(strings = {"cmi.core.student_id", "cmi.core.student_name", "cmi.core.credit", "cmi.core.entry",
            "cmi.core.total_time", "cmi.core.lesson_mode", "cmi.launch_data", "cmi.comments_from_lms",
            "cmi.student_data.mastery_score", "cmi.student_data.max_time_allowed", "cmi.student_data.time_limit_action"})
        void readOnlyElementsAreReadableAndRefuseAnySetWith403(String element) {
            assertEquals(0, get12(element));
            assertEquals(403, set12(element, "x"));
            assertEquals(403, set12(element, ""), "even blank: the element is the LMS's");
        }

        @ParameterizedTest
        @ValueSource(strings = {"cmi.core._children", "cmi.core.score._children", "cmi.objectives._children",
            "cmi.objectives._count", "cmi.objectives.0.score._children", "cmi.student_data._children",
            "cmi.student_preference._children", "cmi.interactions._children", "cmi.interactions._count",
            "cmi.interactions.0.objectives._count", "cmi.interactions.7.correct_responses._count"})
        void keywordsAreReadableAndRefuseASetWith402(String keyword) {
            assertEquals(0, get12(keyword));
            assertEquals(402, set12(keyword, "1"), "402: invalid set value, element is a keyword");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "cmi.core.exit|suspend",
            "cmi.core.session_time|0000:01:00",
            "cmi.interactions.0.id|q1",
            "cmi.interactions.0.objectives.0.id|obj1",
            "cmi.interactions.0.time|09:15:00",
            "cmi.interactions.0.type|choice",
            "cmi.interactions.0.correct_responses.0.pattern|a",
            "cmi.interactions.0.weighting|1",
            "cmi.interactions.0.student_response|a",
            "cmi.interactions.0.result|correct",
            "cmi.interactions.0.latency|00:00:12"})
        void writeOnlyElementsTakeAValueAndRefuseAGetWith404(String element, String value) {
            assertEquals(0, set12(element, value));
            assertEquals(404, get12(element), "404: element is write only");
        }

        @ParameterizedTest
        @ValueSource(strings = {"cmi.core.lesson_location", "cmi.core.lesson_status", "cmi.core.score.raw",
            "cmi.core.score.min", "cmi.core.score.max", "cmi.suspend_data", "cmi.comments", "cmi.objectives.3.id",
            "cmi.objectives.3.score.raw", "cmi.objectives.3.status", "cmi.student_preference.audio",
            "cmi.student_preference.language", "cmi.student_preference.speed", "cmi.student_preference.text"})
        void readWriteElementsAreReadable(String element) {
            assertEquals(0, get12(element));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "cmi", "cmi.core", "cmi.core.not_an_element", "cmi.objectives", "cmi.objectives.x.id",
            "cmi.objectives.-1.id", "cmi.objectives.0", "CMI.core.student_id", "cmi.core.student_id.extra",
            "cmi.completion_status", "cmi.location", "cmi.learner_id", "cmi.session_time", "cmi.score.scaled",
            "cmi.interactions.0.learner_response", "adl.nav.request", "xyz.score.result"})
        void whatIsNotAScorm12ElementIs401EitherWay(String element) {
            assertEquals(401, get12(element));
            assertEquals(401, set12(element, "x"));
        }

        @Test
        void aMissingElementNameIs401() {
            assertEquals(401, get12(null));
            assertEquals(401, set12(null, "x"));
        }

        @Test
        void keywordsAskedOfElementsWithoutThemAre202And203() {
            // LMSGetValue error codes: 202 "element cannot have children", 203 "element not an array,
            // cannot have count". Only an element that exists can lack a keyword.
            assertEquals(202, get12("cmi.core.student_id._children"));
            assertEquals(202, get12("cmi.suspend_data._children"));
            assertEquals(202, get12("cmi.objectives.0._children"));
            assertEquals(203, get12("cmi.core._count"));
            assertEquals(203, get12("cmi.core.score._count"));
            assertEquals(203, get12("cmi.objectives.0.score._count"));
            assertEquals(401, get12("cmi._version"), "1.2 has no _version");
            assertEquals(401, get12("cmi.nothing._children"));
            assertEquals(401, get12("cmi.nothing._count"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"passed", "completed", "failed", "incomplete", "browsed"})
        void lessonStatusTakesTheCoursesFiveWords(String status) {
            assertEquals(0, set12("cmi.core.lesson_status", status));
        }

        @ParameterizedTest
        @ValueSource(strings = {"not attempted", "Passed", "complete", "unknown", "", " passed"})
        void lessonStatusRefusesAnythingElseWith405(String status) {
            // "not attempted" is the status the LMS starts from; a course reports progress, never a lack of it.
            assertEquals(405, set12("cmi.core.lesson_status", status));
        }

        @Test
        void anObjectiveStatusMayBeNotAttempted() {
            assertEquals(0, set12("cmi.objectives.0.status", "not attempted"));
            assertEquals(405, set12("cmi.objectives.0.status", "unknown"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"time-out", "suspend", "logout", ""})
        void exitTakesItsVocabularyAndBlank(String exit) {
            assertEquals(0, set12("cmi.core.exit", exit));
        }

        @ParameterizedTest
        @ValueSource(strings = {"normal", "Suspend", "exit"})
        void exitRefusesOtherWordsWith405(String exit) {
            assertEquals(405, set12("cmi.core.exit", exit));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "100", "85.5", "0.25", ".5", "85.", "99.999", "-0", ""})
        void scoresAreCmiDecimalsFrom0To100OrBlank(String score) {
            assertEquals(0, set12("cmi.core.score.raw", score));
            assertEquals(0, set12("cmi.core.score.min", score));
            assertEquals(0, set12("cmi.core.score.max", score));
            assertEquals(0, set12("cmi.objectives.2.score.raw", score));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1", "-0.01", "100.01", "101", "1000"})
        void aScoreOutsideTheRangeIs405For12HasNoRangeError(String score) {
            assertEquals(405, set12("cmi.core.score.raw", score));
            assertEquals(405, set12("cmi.objectives.0.score.max", score));
        }

        @ParameterizedTest
        @ValueSource(strings = {"eighty", "1e2", "+5", " 5", "5 ", ".", "-", "1,5", "NaN", "--1", "0x10", "1.2.3"})
        void aScoreThatIsNotACmiDecimalIs405(String score) {
            assertEquals(405, set12("cmi.core.score.raw", score));
        }

        @Test
        void weightingAndNumericResultsAreCmiDecimalsWithoutRange() {
            assertEquals(0, set12("cmi.interactions.0.weighting", "-12.5"));
            assertEquals(0, set12("cmi.interactions.0.weighting", "250"));
            assertEquals(405, set12("cmi.interactions.0.weighting", ""), "CMIBlank is for scores only");
            assertEquals(405, set12("cmi.interactions.0.weighting", "1e3"));
            assertEquals(0, set12("cmi.interactions.0.result", "-0.75"));
            assertEquals(405, set12("cmi.interactions.0.result", "1e3"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"correct", "wrong", "unanticipated", "neutral"})
        void resultTakesThe12Vocabulary(String result) {
            assertEquals(0, set12("cmi.interactions.3.result", result));
        }

        @ParameterizedTest
        @ValueSource(strings = {"incorrect", "Correct", ""})
        void resultRefusesOtherWords(String result) {
            assertEquals(405, set12("cmi.interactions.3.result", result), "incorrect is SCORM 2004's word");
        }

        @ParameterizedTest
        @ValueSource(strings = {"true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert", "numeric"})
        void interactionTypesAreThe12Eight(String type) {
            assertEquals(0, set12("cmi.interactions.0.type", type));
        }

        @ParameterizedTest
        @ValueSource(strings = {"long-fill-in", "other", "True-False", ""})
        void interactionTypesOf2004OnlyAreRefused(String type) {
            assertEquals(405, set12("cmi.interactions.0.type", type));
        }

        @ParameterizedTest
        @CsvSource({"cmi.student_preference.audio, -1, 100", "cmi.student_preference.speed, -100, 100",
            "cmi.student_preference.text, -1, 1"})
        void preferencesAreSignedIntegersWithinTheirRanges(String element, int min, int max) {
            assertEquals(0, set12(element, Integer.toString(min)));
            assertEquals(0, set12(element, Integer.toString(max)));
            assertEquals(0, set12(element, "0"));
            assertEquals(405, set12(element, Integer.toString(min - 1)));
            assertEquals(405, set12(element, Integer.toString(max + 1)));
            assertEquals(405, set12(element, "0.5"), "CMISInteger has no fraction");
            assertEquals(405, set12(element, ""));
            assertEquals(405, set12(element, "99999999999999999999"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"obj-1", "urn:x:y", "A_B.C", "問1"})
        void identifiersWithoutWhiteSpaceAreTaken(String id) {
            assertEquals(0, set12("cmi.objectives.0.id", id));
            assertEquals(0, set12("cmi.interactions.0.id", id));
            assertEquals(0, set12("cmi.interactions.0.objectives.1.id", id));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "has space", "tab\there", "line\nbreak", "bell\u0007", "nul\u0000"})
        void identifiersWithWhiteSpaceOrUnprintableCharactersAreRefused(String id) {
            // CMIIdentifier: "no white space or unprintable characters in it".
            assertEquals(405, set12("cmi.objectives.0.id", id));
            assertEquals(405, set12("cmi.interactions.0.id", id));
        }

        @Test
        void identifiersHaveAtMost255Characters() {
            assertEquals(0, set12("cmi.objectives.0.id", "i".repeat(255)));
            assertEquals(405, set12("cmi.objectives.0.id", "i".repeat(256)));
            assertEquals(0, set12("cmi.objectives.0.id", "問".repeat(255)), "counted in characters, not bytes");
        }

        @Test
        void lessonLocationAndLanguageAreCmiString255() {
            assertEquals(0, set12("cmi.core.lesson_location", ""));
            assertEquals(0, set12("cmi.core.lesson_location", "x".repeat(255)));
            assertEquals(405, set12("cmi.core.lesson_location", "x".repeat(256)));
            assertEquals(0, set12("cmi.student_preference.language", "日本語".repeat(85)));
            assertEquals(405, set12("cmi.student_preference.language", "x".repeat(256)));
        }

        @Test
        void suspendDataAndCommentsAreCmiString4096CountedInCharacters() {
            // CMIString4096: 4096 characters. A character outside the BMP is one character, though Java
            // holds it in two chars and UTF-8 in four bytes.
            assertEquals(4096, ScormVersion.SCORM_12.suspendDataLimit());
            for (String element : new String[] {"cmi.suspend_data", "cmi.comments"}) {
                assertEquals(0, set12(element, ""));
                assertEquals(0, set12(element, "x".repeat(4096)));
                assertEquals(405, set12(element, "x".repeat(4097)));
                assertEquals(0, set12(element, "あ".repeat(4096)));
                assertEquals(0, set12(element, "\uD840\uDC0B".repeat(4096)), "𠀋 × 4096 is 8192 chars");
                assertEquals(405, set12(element, "\uD840\uDC0B".repeat(4097)));
            }
        }

        @Test
        void suspendDataIsTakenAsItIsWhateverItHolds() {
            // The LMS keeps suspend_data byte for byte: what a course encodes there is its own business.
            assertEquals(0, set12("cmi.suspend_data", "  leading and trailing  "));
            assertEquals(0, set12("cmi.suspend_data", "{\"a\":[1,2],\"b\":\"\\u00e9\"}\r\n\t"));
            assertEquals(0, set12("cmi.suspend_data", "%E3%81%82=&;|~"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"00:00:00", "0000:00:00", "9999:59:59.99", "01:30:00.5", "123:45:06.07"})
        void sessionTimeAndLatencyAreCmiTimespans(String span) {
            assertEquals(0, set12("cmi.core.session_time", span));
            assertEquals(0, set12("cmi.interactions.0.latency", span));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "0:00:00", "00:00", "00:60:00", "00:00:60", "00:00:01.123", "10000:00:00", "PT1M",
            "-01:00:00", "00:00:00."})
        void sessionTimeRefusesWhatIsNotACmiTimespan(String span) {
            assertEquals(405, set12("cmi.core.session_time", span));
        }

        @ParameterizedTest
        @ValueSource(strings = {"00:00:00", "13:45:07", "23:59:59", "23:59:59.99", "08:00:00.5"})
        void interactionTimeIsACmiTimeOfDay(String time) {
            assertEquals(0, set12("cmi.interactions.0.time", time));
        }

        @ParameterizedTest
        @ValueSource(strings = {"24:00:00", "25:00:00", "1:00:00", "12:60:00", "12:00:60", "12:00", "12:00:00.123",
            "2004-04-01T12:00:00", ""})
        void interactionTimeRefusesWhatIsNotACmiTime(String time) {
            assertEquals(405, set12("cmi.interactions.0.time", time));
        }
    }

    /** SCORM 2004 4th edition RTE, section 4: the cmi data model and the error codes 401–407 of GetValue / SetValue. */
    @Nested
    class Scorm2004 {

        @ParameterizedTest
        @ValueSource(strings = {"cmi._version", "cmi.completion_threshold", "cmi.credit", "cmi.entry", "cmi.launch_data",
            "cmi.learner_id", "cmi.learner_name", "cmi.max_time_allowed", "cmi.mode", "cmi.scaled_passing_score",
            "cmi.time_limit_action", "cmi.total_time", "cmi.comments_from_lms.0.comment", "cmi.comments_from_lms.0.location",
            "cmi.comments_from_lms.0.timestamp"})
        void readOnlyElementsAreReadableAndRefuseAnySetWith404(String element) {
            assertEquals(0, get2004(element));
            assertEquals(404, set2004(element, "x"));
            assertEquals(404, set2004(element, ""));
        }

        @ParameterizedTest
        @ValueSource(strings = {"cmi.comments_from_learner._children", "cmi.comments_from_learner._count",
            "cmi.comments_from_lms._children", "cmi.comments_from_lms._count", "cmi.interactions._children",
            "cmi.interactions._count", "cmi.interactions.0.objectives._count", "cmi.interactions.0.correct_responses._count",
            "cmi.learner_preference._children", "cmi.objectives._children", "cmi.objectives._count",
            "cmi.objectives.0.score._children", "cmi.score._children"})
        void keywordsAreReadableAndRefuseASetWith404(String keyword) {
            // 2004 has no keyword code of its own: a keyword is read only.
            assertEquals(0, get2004(keyword));
            assertEquals(404, set2004(keyword, "ill"));
        }

        @Test
        void exitAndSessionTimeAreWriteOnly405() {
            assertEquals(0, set2004("cmi.exit", "suspend"));
            assertEquals(405, get2004("cmi.exit"));
            assertEquals(0, set2004("cmi.session_time", "PT1M"));
            assertEquals(405, get2004("cmi.session_time"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"cmi.interactions.0.id", "cmi.interactions.0.type", "cmi.interactions.0.objectives.0.id",
            "cmi.interactions.0.timestamp", "cmi.interactions.0.correct_responses.0.pattern", "cmi.interactions.0.weighting",
            "cmi.interactions.0.learner_response", "cmi.interactions.0.result", "cmi.interactions.0.latency",
            "cmi.interactions.0.description", "cmi.comments_from_learner.0.comment", "cmi.location", "cmi.suspend_data",
            "cmi.completion_status", "cmi.success_status", "cmi.progress_measure", "cmi.score.scaled",
            "cmi.learner_preference.audio_level", "cmi.objectives.0.description"})
        void interactionsAndTheRestAreReadWriteIn2004(String element) {
            assertEquals(0, get2004(element), "unlike 1.2, a 2004 course reads its interactions back");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "cmi", "cmi.objectives", "cmi.interactions", "cmi.comments_from_learner",
            "cmi.comments_from_lms", "cmi.learner_preference", "cmi.score", "cmi.objectives.x.id", "cmi.objectives.0",
            "cmi.core.lesson_status", "cmi.core.student_id", "cmi.suspend_data.x", "cmi.student_preference.audio",
            "cmi.interactions.0.student_response", "cmi.interactions.0.time", "cmi.comments", "cmi.learner_preference.text"})
        void whatIsNotAScorm2004ElementIs401EitherWay(String element) {
            assertEquals(401, get2004(element));
            assertEquals(401, set2004(element, "x"));
        }

        @Test
        void keywordsAskedOfElementsWithoutThemAre301() {
            // Extension error conditions "data model element does not have children / cannot have
            // count / does not have version": GetValue returns "" and 301.
            assertEquals(301, get2004("cmi.learner_id._children"));
            assertEquals(301, get2004("cmi.location._children"));
            assertEquals(301, get2004("cmi.score._count"));
            assertEquals(301, get2004("cmi.objectives.0._count"));
            assertEquals(301, get2004("cmi.learner_preference._count"));
            assertEquals(301, get2004("cmi.learner_name._version"));
            assertEquals(301, get2004("cmi._children"));
            assertEquals(0, get2004("cmi._version"));
            assertEquals(401, get2004("cmi.no_such_thing._children"), "an element that does not exist is 401, keyword or not");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "cmi.completion_status|completed,incomplete,not attempted,unknown",
            "cmi.objectives.0.completion_status|completed,incomplete,not attempted,unknown",
            "cmi.success_status|passed,failed,unknown",
            "cmi.objectives.0.success_status|passed,failed,unknown",
            "cmi.exit|time-out,suspend,logout,normal,",
            "cmi.learner_preference.audio_captioning|-1,0,1",
            "cmi.interactions.0.type|true-false,choice,fill-in,long-fill-in,matching,performance,sequencing,likert,numeric,other",
            "cmi.interactions.0.result|correct,incorrect,unanticipated,neutral"})
        void vocabulariesTakeExactlyTheirWords(String element, String words) {
            for (String word : words.split(",", -1)) {
                assertEquals(0, set2004(element, word), element + " = " + word);
                assertEquals(406, set2004(element, word.toUpperCase() + "x"), element + " = " + word.toUpperCase() + "x");
            }
        }

        @Test
        void vocabulariesRefuseNeighbouringWords() {
            assertEquals(406, set2004("cmi.completion_status", "passed"));
            assertEquals(406, set2004("cmi.completion_status", ""));
            assertEquals(406, set2004("cmi.success_status", "completed"));
            assertEquals(406, set2004("cmi.exit", "illegal_state"));
            assertEquals(406, set2004("cmi.learner_preference.audio_captioning", ""));
            assertEquals(406, set2004("cmi.learner_preference.audio_captioning", "2"));
            assertEquals(406, set2004("cmi.interactions.0.type", "true"));
            assertEquals(406, set2004("cmi.interactions.0.type", "other-fill-in"));
            assertEquals(406, set2004("cmi.interactions.0.result", "wrong"), "wrong is SCORM 1.2's word");
        }

        @ParameterizedTest
        @ValueSource(strings = {"cmi.score.scaled", "cmi.objectives.5.score.scaled"})
        void scaledScoresLieWithinMinusOneAndOne(String element) {
            for (String ok : new String[] {"-1", "-1.0", "0", "0.85", "1", "1.0", "1.0000000", "-0.9999999"}) {
                assertEquals(0, set2004(element, ok), ok);
            }
            // The conformance scripts' own boundary values.
            for (String out : new String[] {"-2.0", "-99.0", "-101.0", "1.9", "1.0000999", "1.00009999", "1.000099999887765544",
                "-1.0000001"}) {
                assertEquals(407, set2004(element, out), out);
            }
            assertEquals(406, set2004(element, "high"));
            assertEquals(406, set2004(element, ""), "2004 has no CMIBlank");
        }

        @ParameterizedTest
        @ValueSource(strings = {"cmi.progress_measure", "cmi.objectives.0.progress_measure"})
        void progressMeasureLiesWithinZeroAndOne(String element) {
            assertEquals(0, set2004(element, "0"));
            assertEquals(0, set2004(element, "0.0"));
            assertEquals(0, set2004(element, "0.5"));
            assertEquals(0, set2004(element, "1.0"));
            assertEquals(407, set2004(element, "-0.1"));
            assertEquals(407, set2004(element, "-1.0"));
            assertEquals(407, set2004(element, "1.0000001"));
            assertEquals(406, set2004(element, "half"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"cmi.learner_preference.audio_level", "cmi.learner_preference.delivery_speed"})
        void audioLevelAndDeliverySpeedHaveNoUpperBound(String element) {
            assertEquals(0, set2004(element, "0"));
            assertEquals(0, set2004(element, "1"));
            assertEquals(0, set2004(element, "250.5"));
            assertEquals(407, set2004(element, "-1.0"));
            assertEquals(407, set2004(element, "-0.0000001"));
            assertEquals(406, set2004(element, "loud"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"cmi.score.raw", "cmi.score.min", "cmi.score.max", "cmi.objectives.1.score.raw",
            "cmi.objectives.1.score.min", "cmi.objectives.1.score.max", "cmi.interactions.1.weighting", "cmi.interactions.1.result"})
        void unboundedRealsTakeAnyNumberButNothingElse(String element) {
            assertEquals(0, set2004(element, "-250.5"));
            assertEquals(0, set2004(element, "1234567890.1234567"));
            assertEquals(0, set2004(element, "0"));
            assertEquals(406, set2004(element, "invalid"));
            assertEquals(406, set2004(element, "34,000.00"));
            assertEquals(406, set2004(element, ""));
        }

        @ParameterizedTest
        @ValueSource(strings = {"PT1H30M", "P1Y6M14DT4H15M6.34S", "PT0S", "PT0H0M0S", "P0Y029DT0H", "PT01H059M020S", "P1D",
            "PT0.5S", "P1M", "PT1M"})
        void sessionTimeAndLatencyAreTimeIntervals(String interval) {
            assertEquals(0, set2004("cmi.session_time", interval));
            assertEquals(0, set2004("cmi.interactions.0.latency", interval));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "P", "PT", "P1Y6M14DT", "1Y6M14DT4H15M6.34S", "P1Y6M14D4H15M6.34S", "01:30:00",
            "-PT1S", "PT1.5M", "P1H", "PT1S2M", "pt1s", "P1W"})
        void sessionTimeRefusesWhatIsNotATimeInterval(String interval) {
            assertEquals(406, set2004("cmi.session_time", interval));
            assertEquals(406, set2004("cmi.interactions.0.latency", interval));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1970", "2038", "2004-04", "2004-12", "2004-04-01", "2004-02-29", "2004-04-01T15",
            "2004-04-01T09:45", "2004-04-01T09:45:58", "2004-04-01T09:45:58.2", "2004-04-01T09:45:58.55",
            "2004-04-01T09:45:58.55Z", "2004-04-01T09:45:58.55+02", "2004-04-01T09:45:58.55-03:00",
            "2004-06-30T14:00:00.10+23", "2004-06-30T14:00:00.10-05:59"})
        void timestampsFollowTheBooksGrammarCutOffFromTheRight(String time) {
            // time (second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]].
            assertEquals(0, set2004("cmi.interactions.0.timestamp", time));
            assertEquals(0, set2004("cmi.comments_from_learner.0.timestamp", time));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "4", "04", "004", "22004", "1969", "2039", "2004-", "2004-4", "2004-00", "2004-13",
            "2004-04-", "2004-04-1", "2004-03-00", "2004-03-32", "2003-02-29", "2004-04-01T", "2004-04-01T9",
            "2004-04-01T24", "2004-04-01T09:", "2004-04-01T09:60", "2004-04-01T09:45:60", "2004-04-01T09:45:58.",
            "2004-04-01T09:45:58.025", "2004-04-01T09:45:58Z", "2004-04-01T09:45:58+02:30", "2004-04-01T09:45Z",
            "2004-04-01T15+03", "2004-04-01T09:45:58.55+2", "2004-04-01T09:45:58.55+24", "2004-04-01T09:45:58.55+05:60",
            "2004-04-01T09:45:58.55+02:30.20", "2004-04-01T09:45:58.55Z+02:30", "2004-04-01 09:45:58", "25/11/2026"})
        void timestampsRefuseWhatTheGrammarDoesNotAllow(String time) {
            // A zone follows fractional seconds only; the year lies in 1970–2038; one or two fraction digits.
            assertEquals(406, set2004("cmi.interactions.0.timestamp", time));
        }

        @ParameterizedTest
        @ValueSource(strings = {"cmi.objectives.0.id", "cmi.interactions.0.id", "cmi.interactions.0.objectives.0.id"})
        void identifiersAreUrisAndUrnsNeedTheirParts(String element) {
            assertEquals(0, set2004(element, "INTID0"));
            assertEquals(0, set2004(element, "urn:adl:lmsTest/OBJ01"));
            assertEquals(0, set2004(element, "http://example.com/objective#1"));
            assertEquals(406, set2004(element, ""));
            assertEquals(406, set2004(element, "urn:"));
            assertEquals(406, set2004(element, "urn:ADL"));
            assertEquals(406, set2004(element, "urn:adl:lms Test/OBJ01"));
            assertEquals(406, set2004(element, "tab\tid"));
        }

        @Test
        void theSpmOfAnIdentifierIsNotALimit() {
            // The SPM (4000) is the least an LMS keeps; the conformance scripts set 4001 characters and
            // expect "true", the LMS "either storing the data or truncating" it. Manabi stores it.
            assertEquals(0, set2004("cmi.objectives.4.id", "urn:adl:" + "x".repeat(3993)));
            assertEquals(0, set2004("cmi.interactions.0.id", "i".repeat(10_000)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "en", "en-US", "ja", "jpn", "i-klingon", "x-manabi", "zh-min-nan", "sgn-BE-fr", "enG",
            "de-CH-1996", "az-Latn"})
        void languagePreferenceIsALanguageTypeOrEmpty(String language) {
            assertEquals(0, set2004("cmi.learner_preference.language", language));
        }

        @ParameterizedTest
        @ValueSource(strings = {"e", "english", "en_US", "en-", "-en", "en--us", "123", "en-toolongtag", "日本語", "en us"})
        void languagePreferenceRefusesWhatIsNotALanguageType(String language) {
            assertEquals(406, set2004("cmi.learner_preference.language", language));
        }

        @ParameterizedTest
        @ValueSource(strings = {"cmi.comments_from_learner.0.comment", "cmi.interactions.0.description", "cmi.objectives.0.description"})
        void localizedStringsMayNameTheirLanguage(String element) {
            assertEquals(0, set2004(element, "plain text"));
            assertEquals(0, set2004(element, ""));
            assertEquals(0, set2004(element, "{lang=ja}こんにちは"));
            assertEquals(0, set2004(element, "{lang=en-US}"));
            assertEquals(0, set2004(element, "{lang=en"), "no closing brace: plain text");
            assertEquals(406, set2004(element, "{lang=}"), "the conformance scripts refuse an empty language");
            assertEquals(406, set2004(element, "{lang=e}x"));
            assertEquals(406, set2004(element, "{lang=en_US}x"));
        }

        @Test
        void theSpmOfOtherStringsIsNotALimitEither() {
            // The scripts set a 259-character interaction description (SPM 250) and a 4012-character
            // comment (SPM 4000) and expect "true".
            assertEquals(0, set2004("cmi.interactions.0.description", "{lang=en}" + "d".repeat(250)));
            assertEquals(0, set2004("cmi.comments_from_learner.0.comment", "{lang=en-US}" + "c".repeat(4000)));
            assertEquals(0, set2004("cmi.comments_from_learner.0.location", "l".repeat(251)));
        }

        @Test
        void suspendDataKeeps64000CharactersAndRefusesMoreWith351() {
            // 4th edition raised suspend_data's SPM from 4000 to 64000 characters. Manabi keeps exactly
            // that, byte for byte, in a column of 64000 characters; more is refused (SPM exceeded, 351)
            // rather than cut, since a cut suspend_data would break the course's resume.
            assertEquals(64000, ScormVersion.SCORM_2004.suspendDataLimit());
            assertEquals(0, set2004("cmi.suspend_data", ""));
            assertEquals(0, set2004("cmi.suspend_data", "x".repeat(64000)));
            assertEquals(0, set2004("cmi.suspend_data", "あ".repeat(64000)), "characters, not bytes: 192,000 in UTF-8");
            assertEquals(0, set2004("cmi.suspend_data", "\uD840\uDC0B".repeat(64000)), "characters, not UTF-16 units");
            assertEquals(351, set2004("cmi.suspend_data", "x".repeat(64001)));
            assertEquals(351, set2004("cmi.suspend_data", "\uD840\uDC0B".repeat(64001)));
            assertEquals(0, set2004("cmi.suspend_data", "  {\"page\":3}\r\n"), "white space and line breaks are data");
        }

        @Test
        void locationKeeps1000Characters() {
            assertEquals(0, set2004("cmi.location", ""));
            assertEquals(0, set2004("cmi.location", "x".repeat(1000)));
            assertEquals(0, set2004("cmi.location", "場".repeat(1000)));
            assertEquals(351, set2004("cmi.location", "x".repeat(1001)));
        }

        @Test
        void collectionIndexesMayBeAnyNumberTheStateDecidesWhichExist() {
            // Whether index 7 may be written before 6 (351, out of order) depends on what is stored;
            // the model only knows the shape of the name.
            assertEquals(0, set2004("cmi.objectives.99.progress_measure", "0.5"));
            assertEquals(407, set2004("cmi.objectives.99.progress_measure", "-1.0"));
            assertEquals(0, set2004("cmi.interactions.249.correct_responses.0.pattern", "a"));
            assertEquals(0, set2004("cmi.comments_from_learner.100.location", "p. 3"));
        }
    }

    /** Collections are packed arrays: index n is written only once 0 to n-1 exist. */
    @Nested
    class CollectionOrder {

        @Test
        void aPackedCollectionIsInOrderWhateverOrderTheNamesComeIn() {
            assertEquals(Set.of(), SCORM_2004.outOfOrder(List.of("cmi.interactions.1.id", "cmi.interactions.0.id",
                    "cmi.interactions.0.result", "cmi.interactions.2.latency")));
            assertEquals(Set.of(), SCORM_2004.outOfOrder(List.of("cmi.location", "cmi.suspend_data")));
            assertEquals(Set.of(), SCORM_2004.outOfOrder(List.of()));
        }

        @Test
        void anIndexPastTheNextFreeOneIsOutOfOrder() {
            // DMI.properties: SetValue("cmi.objectives.7.id") with 0–4 stored is "false" and 351.
            assertEquals(Set.of("cmi.objectives.7.id"), SCORM_2004.outOfOrder(List.of("cmi.objectives.0.id",
                    "cmi.objectives.1.id", "cmi.objectives.2.id", "cmi.objectives.3.id", "cmi.objectives.4.id",
                    "cmi.objectives.7.id")));
            assertEquals(Set.of("cmi.objectives.1.id", "cmi.objectives.1.score.raw"),
                    SCORM_2004.outOfOrder(List.of("cmi.objectives.1.id", "cmi.objectives.1.score.raw")));
            assertEquals(Set.of("cmi.interactions.3.id", "cmi.interactions.5.id"),
                    SCORM_2004.outOfOrder(List.of("cmi.interactions.0.id", "cmi.interactions.1.id", "cmi.interactions.3.id",
                            "cmi.interactions.5.id")));
        }

        @Test
        void nestedCollectionsCountPerParent() {
            assertEquals(Set.of(), SCORM_2004.outOfOrder(List.of("cmi.interactions.0.id", "cmi.interactions.1.id",
                    "cmi.interactions.0.objectives.0.id", "cmi.interactions.1.objectives.0.id",
                    "cmi.interactions.1.objectives.1.id", "cmi.interactions.1.correct_responses.0.pattern")));
            assertEquals(Set.of("cmi.interactions.0.objectives.1.id"), SCORM_2004.outOfOrder(List.of(
                    "cmi.interactions.0.id", "cmi.interactions.0.objectives.1.id")));
            assertEquals(Set.of("cmi.interactions.1.objectives.0.id"), SCORM_2004.outOfOrder(List.of(
                    "cmi.interactions.1.objectives.0.id")), "its interaction is missing a predecessor");
        }

        @Test
        void aHugeIndexIsOutOfOrderAtOnce() {
            assertEquals(Set.of("cmi.interactions.99999999999999999999.id", "cmi.interactions.9223372036854775806.id"),
                    SCORM_2004.outOfOrder(List.of("cmi.interactions.0.id", "cmi.interactions.99999999999999999999.id",
                            "cmi.interactions.9223372036854775806.id")));
        }

        @Test
        void scorm12CollectionsAreCheckedAlike() {
            assertEquals(Set.of("cmi.interactions.2.id"), SCORM_12.outOfOrder(List.of("cmi.interactions.0.id",
                    "cmi.interactions.2.id", "cmi.objectives.0.id", "cmi.core.lesson_status")));
        }
    }

    /** SCORM 2004's 408: an interaction's or objective's data before its id, a response before the type. */
    @Nested
    class Dependencies {

        @Test
        void everythingOfAnInteractionButItsIdNeedsTheId() {
            // DMI.properties Act3: type, objectives, timestamp, weighting, result, latency and description
            // of interaction 0 are each "false" and 408 before cmi.interactions.0.id is set.
            for (String part : new String[] {"type", "objectives.0.id", "timestamp", "weighting", "result", "latency",
                "description"}) {
                String element = "cmi.interactions.0." + part;
                assertEquals(Set.of(element), SCORM_2004.dependencyMissing(List.of(element)), element);
                assertEquals(Set.of(), SCORM_2004.dependencyMissing(List.of("cmi.interactions.0.id", element)), element);
            }
            assertEquals(Set.of(), SCORM_2004.dependencyMissing(List.of("cmi.interactions.0.id")));
        }

        @Test
        void responsesNeedTheInteractionsTypeToo() {
            assertEquals(Set.of("cmi.interactions.0.learner_response", "cmi.interactions.0.correct_responses.0.pattern"),
                    SCORM_2004.dependencyMissing(List.of("cmi.interactions.0.id", "cmi.interactions.0.learner_response",
                            "cmi.interactions.0.correct_responses.0.pattern")));
            assertEquals(Set.of(), SCORM_2004.dependencyMissing(List.of("cmi.interactions.0.id", "cmi.interactions.0.type",
                    "cmi.interactions.0.learner_response", "cmi.interactions.0.correct_responses.0.pattern")));
            assertEquals(Set.of("cmi.interactions.1.learner_response"), SCORM_2004.dependencyMissing(List.of(
                    "cmi.interactions.0.id", "cmi.interactions.0.type", "cmi.interactions.1.id", "cmi.interactions.1.learner_response")),
                    "each interaction has its own type");
        }

        @Test
        void everythingOfAnObjectiveButItsIdNeedsTheId() {
            assertEquals(Set.of("cmi.objectives.1.score.scaled", "cmi.objectives.1.success_status"),
                    SCORM_2004.dependencyMissing(List.of("cmi.objectives.0.id", "cmi.objectives.0.score.scaled",
                            "cmi.objectives.1.score.scaled", "cmi.objectives.1.success_status")));
        }

        @Test
        void commentsAndTopLevelElementsDependOnNothing() {
            assertEquals(Set.of(), SCORM_2004.dependencyMissing(List.of("cmi.comments_from_learner.0.comment",
                    "cmi.location", "cmi.score.scaled", "cmi.interactions._count")));
        }

        @Test
        void scorm12HasNoDependencies() {
            assertEquals(Set.of(), SCORM_12.dependencyMissing(List.of("cmi.interactions.0.result", "cmi.objectives.0.status")));
        }
    }

    @Nested
    class ErrorCodes {

        @ParameterizedTest
        @CsvSource({"UNDEFINED, 401, 401", "KEYWORD, 402, 404", "READ_ONLY, 403, 404", "WRITE_ONLY, 404, 405",
            "TYPE_MISMATCH, 405, 406", "OUT_OF_RANGE, 405, 407", "TOO_LONG, 405, 351", "NO_CHILDREN, 202, 301",
            "NOT_A_COLLECTION, 203, 301", "NO_VERSION, 401, 301", "OUT_OF_ORDER, 201, 351",
            "DEPENDENCY_NOT_ESTABLISHED, 101, 408"})
        void eachRefusalHasTheCodeOfEachBook(CmiError error, int scorm12, int scorm2004) {
            assertEquals(scorm12, error.code(ScormVersion.SCORM_12));
            assertEquals(scorm2004, error.code(ScormVersion.SCORM_2004));
        }

        @Test
        void everyRefusalIsListedAbove() {
            assertEquals(12, CmiError.values().length, "a new refusal needs its codes in the table above");
        }
    }
}
