package jp.manabi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run-time commit rules over HTTP: sequence numbers, total time, entry and attempts, refused
 * values, whose session it is; and who may upload and read content.
 */
class PlayerApiIT extends ManabiIT {

    private static final Path CORPUS = Path.of(System.getProperty("manabi.shared.dir", "../../shared"), "scorm-corpus");
    private static final String OTHER_EMPLOYEE = "1062";

    private Api learner;
    private long course;
    private String activity;

    @BeforeEach
    void uploadCourse() throws Exception {
        course = Api.as(this, TRAINER, PASSWORD).uploadCourse(CORPUS.resolve("scorm12/RuntimeBasicCalls_SCORM12.zip"));
        learner = Api.as(this, EMPLOYEE, PASSWORD);
        activity = learner.json("api/player/courses/" + course).getString("startAt");
    }

    private JsonObject launch(Api who) throws Exception {
        HttpResponse<String> response = who.post("api/player/courses/" + course + "/launch?activity=" + activity, "");
        assertEquals(200, response.statusCode(), response.body());
        return read(response.body());
    }

    private static JsonObject read(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private HttpResponse<String> commit(Api who, String token, long seq, boolean terminate, String... pairs) throws Exception {
        StringBuilder cmi = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            cmi.append(i == 0 ? "" : ",").append('"').append(pairs[i]).append("\":\"").append(pairs[i + 1]).append('"');
        }
        cmi.append('}');
        return who.post("api/player/sessions/" + token + "/commits",
                "{\"seq\":" + seq + ",\"terminate\":" + terminate + ",\"cmi\":" + cmi + "}");
    }

    @Test
    void aNewVersionLeavesAnAttemptInProgressOnTheVersionItStarted() throws Exception {
        List<String> first = identifiers(learner);
        String token = launch(learner).getString("token");
        commit(learner, token, 1, true, "cmi.core.lesson_location", "5", "cmi.core.lesson_status", "incomplete",
                "cmi.core.exit", "suspend");

        HttpResponse<String> second = Api.as(this, TRAINER, PASSWORD)
                .upload(CORPUS.resolve("scorm12/ContentPackagingOneFilePerSCO_SCORM12.zip"), "?course=" + course);
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(2, read(second.body()).getInt("revision"));

        assertEquals(first, identifiers(learner), "the learner mid-attempt still sees revision 1");
        JsonObject resumed = launch(learner);
        assertEquals("resume", resumed.getJsonObject("cmi").getString("cmi.core.entry"));
        assertEquals("5", resumed.getJsonObject("cmi").getString("cmi.core.lesson_location"));
        List<String> newest = identifiers(Api.as(this, SUPERVISOR, PASSWORD));
        assertNotEquals(first, newest, "a new learner gets revision 2");
        assertEquals(newest, identifiers(Api.as(this, TRAINER, PASSWORD)));
    }

    private List<String> identifiers(Api who) throws Exception {
        return who.json("api/player/courses/" + course).getJsonArray("entries").stream()
                .map(e -> e.asJsonObject().getString("identifier")).toList();
    }

    @Test
    void lateAndRepeatedCommitsNeverOverwriteNewerData() throws Exception {
        String token = launch(learner).getString("token");
        assertEquals(200, commit(learner, token, 2, false, "cmi.core.lesson_location", "5").statusCode());
        HttpResponse<String> late = commit(learner, token, 1, false, "cmi.core.lesson_location", "2");
        assertEquals(200, late.statusCode());
        assertEquals("STALE", read(late.body()).getString("status"));
        HttpResponse<String> repeated = commit(learner, token, 2, false, "cmi.core.lesson_location", "7");
        assertEquals("STALE", read(repeated.body()).getString("status"));
        assertEquals("5", attemptValue("location"));
    }

    @Test
    void totalTimeAddsEachSessionOnceAndTheNextLaunchResumesOrStartsAgain() throws Exception {
        JsonObject first = launch(learner);
        assertEquals("ab-initio", first.getJsonObject("cmi").getString("cmi.core.entry"));
        String token = first.getString("token");
        commit(learner, token, 1, false, "cmi.core.session_time", "00:01:00", "cmi.core.lesson_location", "3");
        commit(learner, token, 2, true, "cmi.core.session_time", "00:01:00", "cmi.core.exit", "suspend");
        // A second Terminate reports the same session again: it adds nothing.
        commit(learner, token, 3, true, "cmi.core.session_time", "00:01:00", "cmi.core.exit", "suspend");
        assertEquals("6000", attemptValue("total_time_cs"));

        JsonObject second = launch(learner);
        assertEquals("resume", second.getJsonObject("cmi").getString("cmi.core.entry"));
        assertEquals("3", second.getJsonObject("cmi").getString("cmi.core.lesson_location"));
        assertEquals("0000:01:00.00", second.getJsonObject("cmi").getString("cmi.core.total_time"));
        String token2 = second.getString("token");
        commit(learner, token2, 1, true, "cmi.core.session_time", "00:00:30", "cmi.core.exit", "",
                "cmi.core.lesson_status", "incomplete");
        assertEquals("9000", attemptValue("total_time_cs"));

        JsonObject third = launch(learner);
        assertEquals("ab-initio", third.getJsonObject("cmi").getString("cmi.core.entry"), "a normal exit ends the attempt");
        assertEquals("2", attemptValue("attempt_number"));
    }

    @Test
    void aValueTheDataModelRefusesIsLeftOutAndTheRestIsKept() throws Exception {
        String token = launch(learner).getString("token");
        commit(learner, token, 1, false, "cmi.core.lesson_location", "4");
        HttpResponse<String> partly = commit(learner, token, 2, false, "cmi.core.lesson_location", "9",
                "cmi.core.score.raw", "lots");
        assertEquals(200, partly.statusCode(), partly.body());
        JsonObject body = read(partly.body());
        assertEquals("ACCEPTED", body.getString("status"));
        assertEquals("cmi.core.score.raw", body.getJsonArray("refusals").getJsonObject(0).getString("element"));
        assertEquals(405, body.getJsonArray("refusals").getJsonObject(0).getInt("errorCode"));
        assertEquals("9", attemptValue("location"));
        assertEquals(null, attemptValue("score_raw"));
        assertTrue(!attemptValue("cmi_data").contains("lots"), "the refused value is not kept");
    }

    @Test
    void aSessionBelongsToOneLearnerAndOneLaunch() throws Exception {
        String token = launch(learner).getString("token");
        assertEquals(403, commit(Api.as(this, OTHER_EMPLOYEE, PASSWORD), token, 1, false,
                "cmi.core.lesson_location", "1").statusCode());
        assertEquals(404, commit(learner, "no-such-token", 1, false, "cmi.core.lesson_location", "1").statusCode());
        launch(learner);
        assertEquals(409, commit(learner, token, 1, false, "cmi.core.lesson_location", "1").statusCode(),
                "a newer launch of the same activity supersedes the older one");
    }

    @Test
    void signedOutProgramsGetNothing() throws Exception {
        assertEquals(401, Api.anonymous(this).status("api/player/courses/" + course));
        assertEquals(401, Api.anonymous(this).post("api/player/courses/" + course + "/launch?activity=" + activity, "")
                .statusCode());
    }

    @Test
    void onlyTrainersUploadAndRefusedPackagesLeaveNothing() throws Exception {
        Path contentDir = Path.of(System.getProperty("manabi.ear")).getParent().resolve("it-data/content");
        long before = folders(contentDir);
        Path slip = Files.createTempFile("slip", ".zip");
        Files.write(slip, zip("imsmanifest.xml", "<manifest/>", "../evil.html", "x"));
        assertEquals(403, learner.upload(slip).statusCode(), "a learner may not upload");
        HttpResponse<String> refused = Api.as(this, TRAINER, PASSWORD).upload(slip);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(read(refused.body()).getJsonArray("problems").size() > 0);
        assertEquals(before, folders(contentDir), "nothing of a refused package stays in the content folder");
    }

    private static long folders(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var list = Files.list(dir)) {
            return list.count();
        }
    }

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A column of the learner's newest attempt on this course, as text. */
    private String attemptValue(String column) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT a." + column + " FROM activity_attempt a JOIN registration r ON r.id = a.registration_id"
                        + " JOIN user_account u ON u.employee_id = r.employee_id WHERE u.login = ? AND r.course_id = ?"
                        + " ORDER BY a.attempt_number DESC LIMIT 1")) {
            s.setString(1, EMPLOYEE);
            s.setLong(2, course);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "an attempt exists");
                return rs.getString(1);
            }
        }
    }
}
