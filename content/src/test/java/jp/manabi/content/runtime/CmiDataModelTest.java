package jp.manabi.content.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The data-model rules of the SCORM 1.2 and 2004 run-time books that commits are checked against. */
class CmiDataModelTest {

    private final CmiDataModel scorm12 = CmiDataModel.of(ScormVersion.SCORM_12);
    private final CmiDataModel scorm2004 = CmiDataModel.of(ScormVersion.SCORM_2004);

    private static int code(CmiDataModel model, Optional<CmiError> error) {
        return error.map(e -> e.code(model.version())).orElse(0);
    }

    private int set12(String element, String value) {
        return code(scorm12, scorm12.checkSet(element, value));
    }

    private int set2004(String element, String value) {
        return code(scorm2004, scorm2004.checkSet(element, value));
    }

    @Test
    void scorm12ReadOnlyWriteOnlyKeywordsAndUnknownElements() {
        assertEquals(403, set12("cmi.core.student_id", "x"));
        assertEquals(403, set12("cmi.core.total_time", "0000:00:01.00"));
        assertEquals(402, set12("cmi.core._children", "x"));
        assertEquals(402, set12("cmi.interactions._count", "3"));
        assertEquals(404, code(scorm12, scorm12.checkGet("cmi.core.session_time")));
        assertEquals(404, code(scorm12, scorm12.checkGet("cmi.interactions.0.id")));
        assertEquals(0, code(scorm12, scorm12.checkGet("cmi.core.lesson_status")));
        assertEquals(401, set12("cmi.core.not_an_element", "x"));
        assertEquals(401, code(scorm12, scorm12.checkGet("cmi.completion_status")), "a 2004 element in a 1.2 course");
    }

    @Test
    void scorm12ValueTypes() {
        assertEquals(0, set12("cmi.core.lesson_status", "passed"));
        assertEquals(405, set12("cmi.core.lesson_status", "not attempted"), "only the LMS sets not attempted");
        assertEquals(405, set12("cmi.core.lesson_status", "Passed"));
        assertEquals(0, set12("cmi.core.score.raw", "85.5"));
        assertEquals(0, set12("cmi.core.score.raw", ""), "CMIBlank is allowed for scores");
        assertEquals(405, set12("cmi.core.score.raw", "101"));
        assertEquals(405, set12("cmi.core.score.raw", "eighty"));
        assertEquals(0, set12("cmi.core.session_time", "0000:12:30.5"));
        assertEquals(405, set12("cmi.core.session_time", "PT12M30S"));
        assertEquals(0, set12("cmi.core.exit", "suspend"));
        assertEquals(405, set12("cmi.core.exit", "normal"), "normal is SCORM 2004's");
        assertEquals(0, set12("cmi.suspend_data", "x".repeat(4096)));
        assertEquals(405, set12("cmi.suspend_data", "x".repeat(4097)));
        assertEquals(0, set12("cmi.core.lesson_location", "page-12"));
        assertEquals(405, set12("cmi.core.lesson_location", "x".repeat(256)));
        assertEquals(0, set12("cmi.interactions.3.result", "wrong"));
        assertEquals(0, set12("cmi.interactions.3.result", "0.75"));
        assertEquals(405, set12("cmi.interactions.3.result", "incorrect"), "incorrect is SCORM 2004's word");
        assertEquals(0, set12("cmi.interactions.0.time", "13:45:07"));
        assertEquals(405, set12("cmi.interactions.0.time", "25:00:00"));
        assertEquals(405, set12("cmi.interactions.0.id", "has space"));
        assertEquals(0, set12("cmi.student_preference.audio", "-1"));
        assertEquals(405, set12("cmi.student_preference.audio", "101"));
    }

    @Test
    void scorm2004ReadOnlyWriteOnlyAndUnknownElements() {
        assertEquals(404, set2004("cmi._version", "1.0"));
        assertEquals(404, set2004("cmi.learner_id", "me"));
        assertEquals(404, set2004("cmi.total_time", "PT1S"));
        assertEquals(404, set2004("cmi.objectives._count", "2"));
        assertEquals(405, code(scorm2004, scorm2004.checkGet("cmi.session_time")));
        assertEquals(405, code(scorm2004, scorm2004.checkGet("cmi.exit")));
        assertEquals(0, code(scorm2004, scorm2004.checkGet("cmi.interactions.0.id")), "readable in 2004, unlike 1.2");
        assertEquals(401, set2004("cmi.core.lesson_status", "passed"), "a 1.2 element in a 2004 course");
        assertEquals(401, set2004("cmi.objectives.x.id", "obj"));
    }

    @Test
    void scorm2004ValueTypesAndRanges() {
        assertEquals(0, set2004("cmi.completion_status", "completed"));
        assertEquals(406, set2004("cmi.completion_status", "passed"));
        assertEquals(0, set2004("cmi.success_status", "passed"));
        assertEquals(0, set2004("cmi.score.scaled", "-1"));
        assertEquals(0, set2004("cmi.score.scaled", "0.85"));
        assertEquals(407, set2004("cmi.score.scaled", "1.01"));
        assertEquals(406, set2004("cmi.score.scaled", "high"));
        assertEquals(0, set2004("cmi.score.raw", "-250.5"), "raw has no range of its own");
        assertEquals(0, set2004("cmi.progress_measure", "0.5"));
        assertEquals(407, set2004("cmi.progress_measure", "-0.1"));
        assertEquals(0, set2004("cmi.session_time", "PT1H30M"));
        assertEquals(406, set2004("cmi.session_time", "01:30:00"));
        assertEquals(0, set2004("cmi.exit", "normal"));
        assertEquals(0, set2004("cmi.suspend_data", "あ".repeat(64000)), "64,000 characters, multi-byte too");
        assertEquals(351, set2004("cmi.suspend_data", "x".repeat(64001)), "SPM exceeded: a set failure, not a type mismatch");
        assertEquals(0, set2004("cmi.location", "x".repeat(1000)));
        assertEquals(351, set2004("cmi.location", "x".repeat(1001)));
        assertEquals(0, set2004("cmi.interactions.0.id", "urn:ADL:interaction-0001"));
        assertEquals(406, set2004("cmi.interactions.0.id", ""));
        assertEquals(406, set2004("cmi.interactions.0.id", "urn:ADL"));
        assertEquals(0, set2004("cmi.interactions.0.result", "incorrect"));
        assertEquals(0, set2004("cmi.interactions.0.timestamp", "2026-11-25T10:15:30"));
        assertEquals(0, set2004("cmi.interactions.0.timestamp", "2026-11-25T10:15:30.0+09:00"));
        assertEquals(406, set2004("cmi.interactions.0.timestamp", "2026-11-25T10:15:30+09:00"), "a zone follows fractional seconds only");
        assertEquals(406, set2004("cmi.interactions.0.timestamp", "25/11/2026"));
        assertEquals(0, set2004("cmi.learner_preference.audio_captioning", "-1"));
        assertEquals(406, set2004("cmi.learner_preference.audio_captioning", "2"));
        assertEquals(407, set2004("cmi.learner_preference.audio_level", "-1"));
        assertEquals(0, set2004("cmi.objectives.12.progress_measure", "1"));
    }

    @Test
    void errorCodesDifferByVersion() {
        assertEquals(403, CmiError.READ_ONLY.code(ScormVersion.SCORM_12));
        assertEquals(404, CmiError.READ_ONLY.code(ScormVersion.SCORM_2004));
        assertEquals(405, CmiError.OUT_OF_RANGE.code(ScormVersion.SCORM_12), "1.2 has no out-of-range code");
        assertEquals(407, CmiError.OUT_OF_RANGE.code(ScormVersion.SCORM_2004));
        assertTrue(scorm12.checkSet(null, "x").isPresent());
    }
}
