package jp.manabi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real SCORM courses from the corpus, played in Chromium by a learner: answer, leave by closing
 * the page, come back and resume at the same place, finish, and find in the database what the
 * course reported: status, score, total time, interactions and the completion record.
 */
class ScormPlayerIT extends BrowserIT {

    private static final Path CORPUS = Path.of(System.getProperty("manabi.shared.dir", "../../shared"), "scorm-corpus");

    @Test
    void scorm12GolfIsAnsweredSuspendedResumedAndPassed() throws Exception {
        playSingleScoGolf("scorm12/RuntimeBasicCalls_SCORM12.zip", true, false);
    }

    @Test
    void scorm2004BasicCallsGolfIsAnsweredSuspendedResumedAndPassed() throws Exception {
        playSingleScoGolf("scorm2004/RuntimeBasicCalls_SCORM20043rdEdition.zip", false, false);
    }

    @Test
    void scorm2004AdvancedCallsGolfIsAnsweredSuspendedResumedAndPassed() throws Exception {
        playSingleScoGolf("scorm2004/RunTimeAdvancedCalls_SCORM20043rdEdition.zip", false, true);
    }

    /**
     * The golf courses keep their page in the location, ask to resume with confirm(), and end
     * with a test that reports a score (and, in the advanced one, interactions and objectives).
     */
    private void playSingleScoGolf(String file, boolean scorm12, boolean interactions) throws Exception {
        long course = Api.as(this, TRAINER, PASSWORD).uploadCourse(CORPUS.resolve(file));
        browser.signIn(this, EMPLOYEE, PASSWORD);
        long started = System.nanoTime();
        openPlayer(course);
        browser.checkAccessibility();
        inSco(d -> {
            waitFor(d, "return typeof currentPage !== 'undefined' && currentPage === 0");
            for (int i = 0; i < 3; i++) {
                d.findElement(By.id("butNext")).click();
            }
            waitFor(d, "return currentPage === 3");
        });
        // The learner closes the page: the SCO's unload handler suspends, and the beacon carries it.
        browser.open(url("my-page.xhtml"));
        Map<String, Object> suspended = waitForAttempt(course, "exit_value = 'suspend' AND location = '3'");
        long firstSession = ((Number) suspended.get("total_time_cs")).longValue();
        assertTrue(firstSession > 0, "the first session's time is recorded: " + suspended);

        openPlayer(course);
        inSco(d -> waitFor(d, "return typeof currentPage !== 'undefined' && currentPage === 3"));
        Map<String, Object> resumed = attempt(course);
        assertEquals("resume", resumed.get("entry"), "the relaunch resumes the same attempt");
        assertEquals(1, ((Number) resumed.get("attempt_number")).intValue());

        inSco(d -> {
            while (!Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return currentPage === pageArray.length - 1"))) {
                d.findElement(By.id("butNext")).click();
            }
            d.switchTo().frame("contentFrame");
            waitFor(d, "return typeof test !== 'undefined' && document.getElementById('test') !== null");
            ((JavascriptExecutor) d).executeScript(ANSWER_EVERYTHING_RIGHT);
            d.switchTo().parentFrame();
            d.findElement(By.id("butExit")).click();
        });
        long elapsedCentis = Duration.ofNanos(System.nanoTime() - started).toMillis() / 10;
        Map<String, Object> done = waitForAttempt(course, "completed = TRUE AND ended_at IS NOT NULL");
        if (scorm12) {
            assertEquals("passed", done.get("lesson_status"));
        } else {
            assertEquals("completed", done.get("completion_status"));
            assertEquals("passed", done.get("success_status"));
        }
        assertEquals(0, new java.math.BigDecimal("100").compareTo((java.math.BigDecimal) done.get("score_raw")), done.toString());
        long total = ((Number) done.get("total_time_cs")).longValue();
        assertTrue(total > firstSession && total <= elapsedCentis + 100,
                "total time adds both sessions once: first " + firstSession + ", total " + total + ", wall clock " + elapsedCentis);
        if (interactions) {
            assertEquals(15, count("SELECT count(*) FROM attempt_interaction WHERE attempt_id = ?", id(done)),
                    "the test's 15 answers are stored as interactions");
            assertEquals(15, count("SELECT count(*) FROM attempt_interaction WHERE attempt_id = ? AND result = 'correct'",
                    id(done)));
            assertEquals(1, count("SELECT count(*) FROM attempt_objective WHERE attempt_id = ? AND objective_id = 'obj_playing'"
                    + " AND progress_measure IS NOT NULL AND score_raw IS NOT NULL", id(done)),
                    "objectives from the manifest are tracked");
        }
        assertEquals(1, count("SELECT count(*) FROM completion c JOIN user_account u ON u.employee_id = c.employee_id"
                + " WHERE u.login = ? AND c.course_id = ?", EMPLOYEE, course), "one completion record");
        // The player stays open and says what happened: SCORM 2004's exitAll ends the course; a 1.2 SCO just ends.
        browser.waitForText("#player-status", scorm12 ? "この教材は終わりました" : "終了しました");
    }

    /** A multi-SCO course: the player moves between SCOs, and a relaunch starts at the SCO the learner left. */
    @Test
    void scorm2004MinimumCallsCourseResumesAtTheLastScoAndCompletes() throws Exception {
        long course = Api.as(this, TRAINER, PASSWORD).uploadCourse(
                CORPUS.resolve("scorm2004/RuntimeMinimumCalls_SCORM20043rdEdition.zip"));
        browser.signIn(this, EMPLOYEE, PASSWORD);
        openPlayer(course);
        String first = current();
        browser.click("#player-next");
        waitForCurrentNot(first);
        String second = current();
        browser.click("#player-next");
        waitForCurrentNot(second);
        String third = current();
        browser.open(url("my-page.xhtml"));
        openPlayer(course);
        assertEquals(third, current(), "the course reopens where the learner was");
        int steps = 0;
        while (browser.driver.findElement(By.id("player-next")).isEnabled() && steps++ < 40) {
            String before = current();
            browser.click("#player-next");
            waitForCurrentNot(before);
        }
        browser.click("#player-exit");
        browser.waitForText("#player-status", "終了しました");
        long launchable = count("SELECT count(*) FROM package_activity a JOIN course_package p ON p.id = a.package_id"
                + " WHERE p.course_id = ? AND a.launch_url IS NOT NULL", course);
        assertTrue(launchable > 10, "an 18-SCO course");
        TestDatabase.awaitValue("SELECT c.id FROM completion c JOIN user_account u ON u.employee_id = c.employee_id"
                + " WHERE u.login = ? AND c.course_id = ?", EMPLOYEE, course);
        assertEquals(1, count("SELECT count(*) FROM completion c JOIN user_account u ON u.employee_id = c.employee_id"
                + " WHERE u.login = ? AND c.course_id = ?", EMPLOYEE, course),
                "every SCO visited and ended: the course is complete");
    }

    /** The content servlet: the package's files with their types, nothing outside the package folder. */
    @Test
    @SuppressWarnings("unchecked")
    void contentIsServedWithItsTypeAndNeverOutsideThePackage() throws Exception {
        long course = Api.as(this, TRAINER, PASSWORD).uploadCourse(CORPUS.resolve("scorm12/RuntimeBasicCalls_SCORM12.zip"));
        browser.signIn(this, EMPLOYEE, PASSWORD);
        openPlayer(course);
        String src = (String) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.getElementById('player-frame').getAttribute('src')");
        String folder = src.substring(0, src.indexOf("/shared/") + 1);
        String script = "const done = arguments[arguments.length - 1];"
                + "Promise.all(arguments[0].map(u => fetch(u).then(r => [u, r.status, r.headers.get('content-type') || '',"
                + " r.headers.get('x-content-type-options') || '']))).then(done, e => done(String(e)));";
        java.util.List<String> urls = java.util.List.of(folder + "shared/launchpage.html", folder + "shared/scormfunctions.js",
                folder + "shared/background.jpg", folder + "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                folder + "shared/%2e%2e/%2e%2e/imsmanifest.xml", folder + "..%2f..%2f..%2fetc%2fpasswd",
                folder + "%252e%252e/%252e%252e/etc/passwd", folder + "no-such-file.html");
        java.util.List<java.util.List<Object>> results = (java.util.List<java.util.List<Object>>)
                ((JavascriptExecutor) browser.driver).executeAsyncScript(script, urls);
        assertEquals(java.util.List.of(200L, "text/html;charset=UTF-8", "nosniff"), results.get(0).subList(1, 4));
        assertTrue(((String) results.get(1).get(2)).startsWith("text/javascript"), results.get(1).toString());
        assertEquals("image/jpeg", results.get(2).get(2));
        for (java.util.List<Object> r : results.subList(3, results.size())) {
            long status = (Long) r.get(1);
            assertTrue(status == 400 || status == 404, r.toString());
        }
    }

    private void openPlayer(long course) {
        browser.open(url("learn/player.xhtml?course=" + course));
        browser.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.manabiPlayer && manabiPlayer.state().current && !manabiPlayer.state().busy)")) ? true : null);
    }

    private String current() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return manabiPlayer.state().current");
    }

    private void waitForCurrentNot(String previous) {
        browser.until(d -> {
            Object c = ((JavascriptExecutor) d).executeScript("var s = manabiPlayer.state(); return s.busy ? null : s.current");
            return c != null && !c.equals(previous) ? true : null;
        });
    }

    private interface InFrame {
        void run(WebDriver driver) throws Exception;
    }

    /** Runs steps inside the SCO's frame, then returns to the player page. */
    private void inSco(InFrame steps) throws Exception {
        WebDriver d = browser.driver;
        browser.until(x -> {
            x.switchTo().defaultContent();
            x.switchTo().frame("player-frame");
            return Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript("return document.readyState === 'complete'"))
                    ? true : null;
        });
        try {
            steps.run(d);
        } finally {
            d.switchTo().defaultContent();
        }
    }

    private static void waitFor(WebDriver d, String script) {
        browser.until(x -> Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript(script)) ? true : null);
    }

    /** The learner's latest attempt on the course's first SCO. */
    private Map<String, Object> attempt(long course) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT a.* FROM activity_attempt a JOIN registration r ON r.id = a.registration_id"
                        + " JOIN user_account u ON u.employee_id = r.employee_id"
                        + " WHERE u.login = ? AND r.course_id = ? ORDER BY a.attempt_number DESC, a.id DESC LIMIT 1")) {
            s.setString(1, EMPLOYEE);
            s.setLong(2, course);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "an attempt is recorded");
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                return row;
            }
        }
    }

    /** Waits (the beacon is asynchronous) until the attempt matches the condition. */
    private Map<String, Object> waitForAttempt(long course, String condition) throws Exception {
        TestDatabase.awaitValue("SELECT a.id FROM activity_attempt a JOIN registration r ON r.id = a.registration_id"
                + " JOIN user_account u ON u.employee_id = r.employee_id"
                + " WHERE u.login = ? AND r.course_id = ? AND " + condition, EMPLOYEE, course);
        return attempt(course);
    }

    private static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Answers the golf test's questions from its own answer key, then submits. */
    private static final String ANSWER_EVERYTHING_RIGHT = String.join("\n",
            "for (var i in test.Questions) {",
            "  var q = test.Questions[i];",
            "  if (q.Type === QUESTION_TYPE_CHOICE) {",
            "    document.getElementById('question_' + q.Id + '_' + q.Answers.indexOf(q.CorrectAnswer)).checked = true;",
            "  } else if (q.Type === QUESTION_TYPE_TF) {",
            "    document.getElementById('question_' + q.Id + '_' + (q.CorrectAnswer ? 'True' : 'False')).checked = true;",
            "  } else {",
            "    document.getElementById('question_' + q.Id + '_Text').value = String(q.CorrectAnswer);",
            "  }",
            "}",
            "SubmitAnswers();");
}
