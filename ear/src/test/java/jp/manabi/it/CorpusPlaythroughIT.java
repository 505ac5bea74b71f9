package jp.manabi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every launchable package of the corpus (14: SCORM 1.2 and 2004 2nd–4th edition, single and
 * multi-SCO, assets, sequencing) is uploaded and played in Chromium from the first activity to the
 * last in the default flow order: each activity's content loads from our server, no course reports
 * an error to the learner, and the course can be left at the end.
 */
class CorpusPlaythroughIT extends BrowserIT {

    private static final Path CORPUS = Path.of(System.getProperty("manabi.shared.dir", "../../shared"), "scorm-corpus");
    private static final List<String> PLAYED = new ArrayList<>();

    static Stream<String> packages() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(CORPUS.resolve("scorm12")), Files.list(CORPUS.resolve("scorm2004")))) {
            return files.filter(f -> f.toString().endsWith(".zip")).map(f -> CORPUS.relativize(f).toString()).sorted()
                    .toList().stream();
        }
    }

    @BeforeAll
    static void countPackages() throws IOException {
        assertEquals(14, packages().count(), "the corpus has 14 launchable packages");
    }

    @AfterAll
    static void report() {
        System.out.println("Corpus packages played: " + PLAYED.size() + " of 14");
        PLAYED.forEach(p -> System.out.println("  " + p));
    }

    @ParameterizedTest
    @MethodSource("packages")
    void playsFromTheFirstActivityToTheLast(String file) throws Exception {
        long course = Api.as(this, TRAINER, PASSWORD).uploadCourse(CORPUS.resolve(file));
        long launchable = Api.as(this, EMPLOYEE, PASSWORD).json("api/player/courses/" + course).getJsonArray("entries")
                .stream().filter(e -> e.asJsonObject().getBoolean("launchable")).count();
        if (PLAYED.isEmpty()) {
            browser.signIn(this, EMPLOYEE, PASSWORD);
        }
        browser.open(url("learn/player.xhtml?course=" + course));
        List<String> visited = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            String current = settle();
            assertTrue(current != null, file + ": the player shows an activity");
            if (visited.isEmpty()) {
                browser.checkAccessibility();
            }
            if (!visited.contains(current)) {
                visited.add(current);
            }
            long status = (Long) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('player-frame').src).then(r => done(r.status), e => done(0));");
            assertEquals(200L, status, file + ": the content of " + current + " loads");
            if (!browser.driver.findElement(By.id("player-next")).isEnabled()) {
                break;
            }
            browser.driver.findElement(By.id("player-next")).click();
            waitUntilNot(current);
        }
        assertEquals(launchable, visited.size(), file + ": every activity was shown once, in order: " + visited);
        browser.driver.findElement(By.id("player-exit")).click();
        browser.waitForText("#player-status", "終了しました");
        PLAYED.add(file + " (" + visited.size() + " activities)");
    }

    /** Waits until the player shows an activity whose content has loaded. */
    private String settle() {
        return browser.until(x -> (String) ((JavascriptExecutor) x).executeScript(
                "var s = window.manabiPlayer && manabiPlayer.state();"
                        + "var f = document.getElementById('player-frame');"
                        + "return s && !s.busy && s.current && f.contentDocument && f.contentDocument.readyState === 'complete'"
                        + " && f.contentWindow.location.href !== 'about:blank' ? s.current : null"));
    }

    private void waitUntilNot(String previous) {
        browser.until(x -> {
            Object c = ((JavascriptExecutor) x).executeScript("var s = manabiPlayer.state(); return s.busy ? null : s.current");
            return c != null && !c.equals(previous) ? true : null;
        });
    }
}
