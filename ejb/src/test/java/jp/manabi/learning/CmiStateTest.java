package jp.manabi.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import jp.manabi.content.runtime.ScormVersion;
import org.junit.jupiter.api.Test;

class CmiStateTest {

    @Test
    void writableElementsAreTakenAndWhatTheLmsOwnsIsIgnored() {
        CmiState state = CmiState.empty(ScormVersion.SCORM_12);
        List<CmiState.Refusal> refusals = state.apply(Map.of("cmi.core.lesson_location", "p4", "cmi.core.student_name",
                "Mallory", "cmi.core.total_time", "9999:00:00", "cmi.core._children", "x", "cmi.core.lesson_status",
                "not attempted"), Map.of("cmi.core.lesson_status", "not attempted"));
        assertTrue(refusals.isEmpty(), refusals.toString());
        assertEquals("p4", state.location());
        assertTrue(state.get("cmi.core.student_name").isEmpty(), "a learner's name comes from the LMS, never from the browser");
        assertTrue(state.get("cmi.core.total_time").isEmpty());
        assertTrue(state.get("cmi.core.lesson_status").isEmpty(), "an echo of the LMS's initial status is not the SCO's");
    }

    @Test
    void aRefusedValueIsLeftOutAndTheRestKept() {
        CmiState state = CmiState.empty(ScormVersion.SCORM_2004);
        List<CmiState.Refusal> refusals = state.apply(Map.of("cmi.location", "p9", "cmi.score.scaled", "1.5"), Map.of());
        assertEquals(1, refusals.size());
        assertEquals("cmi.score.scaled", refusals.get(0).element());
        assertEquals(407, refusals.get(0).errorCode());
        assertEquals("p9", state.location(), "the learner's place is not lost for a bad score");
        assertTrue(state.get("cmi.score.scaled").isEmpty());
    }

    @Test
    void aNulCannotBeStoredAndIsRefused() {
        CmiState state = CmiState.empty(ScormVersion.SCORM_12);
        List<CmiState.Refusal> refusals = state.apply(Map.of("cmi.suspend_data", "a\u0000b"), Map.of());
        assertEquals(1, refusals.size());
        assertEquals("", state.suspendData());
    }

    @Test
    void suspendDataSurvivesStorageByteForByte() {
        String data = "進捗=3|\t?|" + "x".repeat(63_980) + "\uD83D\uDE00";
        CmiState state = CmiState.empty(ScormVersion.SCORM_2004);
        assertTrue(state.apply(Map.of("cmi.suspend_data", data, "cmi.interactions.0.id", "q1",
                "cmi.interactions.0.type", "choice"), Map.of()).isEmpty());
        CmiState restored = CmiState.restore(ScormVersion.SCORM_2004, state.toJson(), state.location(), state.suspendData(), "");
        assertEquals(data, restored.suspendData());
        assertEquals("q1", restored.get("cmi.interactions.0.id").orElseThrow());
        assertEquals(2, restored.under("cmi.interactions.").size());
    }

    @Test
    void exitAndSessionTimeLastOneSession() {
        CmiState state = CmiState.empty(ScormVersion.SCORM_12);
        state.apply(Map.of("cmi.core.exit", "suspend", "cmi.core.session_time", "00:02:00"), Map.of());
        assertEquals("suspend", state.exit());
        assertEquals("00:02:00", state.sessionTime().orElseThrow());
        assertTrue(!state.toJson().contains("session_time") && !state.toJson().contains("exit"));
        state.startSession();
        assertEquals("", state.exit());
        assertTrue(state.sessionTime().isEmpty());
    }
}
