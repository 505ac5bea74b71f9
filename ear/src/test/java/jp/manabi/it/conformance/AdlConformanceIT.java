package jp.manabi.it.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.manabi.it.BrowserIT;
import jp.manabi.it.ManabiIT;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Replays the ADL SCORM 2004 4th Edition LMS test scripts ({@code adl-cts/testcases}, each with the manifest of the
 * same name) against the player in Chromium: uploads a {@link HarnessPackage} per manifest as a trainer, opens the
 * player as a learner, lets the harness page of each launched activity make the scripted calls and compare them, and
 * performs the navigation the script asks of the learner after each activity (the CUI). Prints one line per script
 * and {@code N passed, M failed}; the details go to {@code target/adl-conformance.txt}.
 *
 * <p>The runtime-only scripts (API, DMI, DMB, DDM, T-01a, T-01b; {@code -Dadl.required=…} to change the list) must
 * pass; the others are reported, not asserted: most need the sequencing engine. {@code -Dadl.scripts=API,DMB} (names
 * or regular expressions) replays only some; {@code -Dadl.budget.s} (540) bounds the run, the scripts past it are
 * reported as not replayed (the required ones always run, first).
 */
public class AdlConformanceIT extends BrowserIT {

    /** The runtime-only scripts: API, data model implementation and behaviour, shared data, and the two T-01. */
    static final Set<String> RUNTIME_ONLY = Set.of("API", "DMI", "DMB", "DDM", "T-01a", "T-01b");

    private static final String PREFIX = "adl.harness.";
    private static final String TRAINER = "1031";
    private static final String LEARNER = "1061";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Wait for the next launch after the player was told to move (or moved by itself). */
    private static final long LAUNCH_MS = Long.getLong("adl.launch.ms", 6000);
    /** The player showing no activity this long (after the last one finished) means it launched nothing. */
    private static final long IDLE_MS = Long.getLong("adl.idle.ms", 2500);
    /** Wait for a launched activity to finish its calls. */
    private static final long RUN_MS = Long.getLong("adl.run.ms", 120000);
    /** Wait for the session to end where the script says it ends. */
    private static final long END_MS = Long.getLong("adl.end.ms", 5000);
    /** After this many seconds the remaining scripts (never the runtime-only ones) are reported, not replayed. */
    private static final long BUDGET_S = Long.getLong("adl.budget.s", 540);

    @ArquillianResource
    URL server;

    private WebDriver driver;
    private final String password = System.getProperty("manabi.it.password");

    /** What happened to one script. */
    record Outcome(String name, boolean passed, String reason, List<String> details, long millis) {
    }

    @Test
    void replaysTheAdlScripts() throws Exception {
        Path corpus = corpus();
        AdlScript.Abbreviations abbreviations = AdlScript.Abbreviations.read(corpus.resolve("Commands.properties"));
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus.resolve("testcases"))) {
            files = listed.filter(p -> p.toString().endsWith(".properties")).filter(this::selected)
                    .sorted(java.util.Comparator.comparing((Path p) -> !RUNTIME_ONLY.contains(name(p)))
                            .thenComparing(AdlConformanceIT::name))
                    .toList();
        }
        driver = browserDriver();
        signIn();
        List<Outcome> outcomes = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        long begin = System.currentTimeMillis();
        List<AdlScript> scripts = files.stream().map(f -> AdlScript.read(f, abbreviations)).toList();
        // Uploads run one or two scripts ahead of the browser, on their own thread.
        java.util.concurrent.ExecutorService uploader = java.util.concurrent.Executors.newSingleThreadExecutor();
        List<java.util.concurrent.Future<Prepared>> prepared = new ArrayList<>();
        try {
            for (int i = 0; i < scripts.size(); i++) {
                while (prepared.size() < Math.min(scripts.size(), i + 3)) {
                    int j = prepared.size();
                    prepared.add(uploader.submit(() -> prepare(scripts.get(j), corpus, files.get(j))));
                }
                AdlScript script = scripts.get(i);
                Outcome outcome;
                long start = System.currentTimeMillis();
                if (start - begin > BUDGET_S * 1000 && !RUNTIME_ONLY.contains(script.name())) {
                    outcome = new Outcome(script.name(), false, "not replayed: the run's time budget of " + BUDGET_S
                            + " s (-Dadl.budget.s) is spent", List.of(), 0);
                } else {
                    outcome = replay(script, prepared.get(i));
                }
                outcomes.add(outcome);
                String line = (outcome.passed() ? "PASS " : "FAIL ") + outcome.name()
                        + (outcome.passed() ? "" : " " + outcome.reason()) + " (" + outcome.millis() + " ms)";
                System.out.println(line);
                report.append(line).append('\n');
                for (String detail : outcome.details()) {
                    report.append("    ").append(detail).append('\n');
                }
            }
        } finally {
            uploader.shutdownNow();
        }
        long passed = outcomes.stream().filter(Outcome::passed).count();
        String total = passed + " passed, " + (outcomes.size() - passed) + " failed";
        System.out.println(total + " (" + (System.currentTimeMillis() - begin) / 1000 + " s)");
        report.append(total).append('\n');
        Path out = Path.of("target", "adl-conformance.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);

        Set<String> required = Set.of(System.getProperty("adl.required", String.join(",", RUNTIME_ONLY)).split(","));
        List<String> runtimeFailures = outcomes.stream().filter(o -> required.contains(o.name()) && !o.passed())
                .map(o -> o.name() + ": " + o.reason()).toList();
        assertTrue(runtimeFailures.isEmpty(), "runtime-only ADL scripts failed (see target/adl-conformance.txt):\n  "
                + String.join("\n  ", runtimeFailures));
    }

    private Outcome replay(AdlScript script, java.util.concurrent.Future<Prepared> upload) {
        long start = System.currentTimeMillis();
        try {
            Prepared prepared = upload.get();
            if (prepared.refused() != null) {
                return new Outcome(script.name(), false, prepared.refused(), List.of(), System.currentTimeMillis() - start);
            }
            return new Replay(script, prepared).play();
        } catch (Exception | AssertionError e) {
            return new Outcome(script.name(), false, "harness error: " + e, List.of(),
                    System.currentTimeMillis() - start);
        }
    }

    /** A script's packages (its own manifest, or DDMa and DDMb), uploaded; the one it starts in; or why refused. */
    record Prepared(Map<String, HarnessPackage> packages, Map<String, Long> courses, String first, String refused) {
    }

    private Prepared prepare(AdlScript script, Path corpus, Path scriptFile) throws IOException, InterruptedException {
        Map<String, HarnessPackage> packages = new LinkedHashMap<>();
        Path own = corpus.resolve("manifests").resolve("LMSTestPackage_" + script.name() + ".imsmanifest.xml");
        if (Files.exists(own)) {
            packages.put(script.name(), HarnessPackage.read(own));
        } else {
            try (Stream<Path> listed = Files.list(corpus.resolve("manifests"))) {
                for (Path manifest : listed.sorted().toList()) {
                    String file = manifest.getFileName().toString();
                    if (file.matches("LMSTestPackage_" + Pattern.quote(script.name()) + "[a-z]\\.imsmanifest\\.xml")) {
                        HarnessPackage pack = HarnessPackage.read(manifest);
                        packages.put(pack.name(), pack);
                    }
                }
            }
        }
        if (packages.isEmpty()) {
            return new Prepared(packages, Map.of(), null, "no manifest for " + script.name());
        }
        String first = packages.containsKey(script.start()) ? script.start() : packages.keySet().iterator().next();
        Map<String, Long> courses = new LinkedHashMap<>();
        for (Map.Entry<String, HarnessPackage> pack : packages.entrySet()) {
            try {
                courses.put(pack.getKey(), upload(pack.getValue(), script, scriptFile));
            } catch (Refused e) {
                return new Prepared(packages, courses, first, e.getMessage());
            }
        }
        return new Prepared(packages, courses, first, null);
    }

    private boolean selected(Path file) {
        String only = System.getProperty("adl.scripts", "").trim();
        if (only.isEmpty()) {
            return true;
        }
        String name = name(file);
        for (String wanted : only.split(",")) {
            if (name.equals(wanted.trim()) || name.matches(wanted.trim())) {
                return true;
            }
        }
        return false;
    }

    private static String name(Path script) {
        return script.getFileName().toString().replaceFirst("\\.properties$", "");
    }

    static Path corpus() {
        String shared = System.getProperty("manabi.shared.dir");
        return (shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("../../shared"))
                .resolve("scorm-corpus").resolve("adl-cts");
    }

    /* ---- the one browser of BrowserIT, signed in once as the learner ---- */

    private static Object browserObject() throws ReflectiveOperationException {
        Field field = BrowserIT.class.getDeclaredField("browser");
        field.setAccessible(true);
        return field.get(null);
    }

    private static WebDriver browserDriver() throws ReflectiveOperationException {
        Object browser = browserObject();
        Field driver = browser.getClass().getDeclaredField("driver");
        driver.setAccessible(true);
        return (WebDriver) driver.get(browser);
    }

    private void signIn() throws ReflectiveOperationException {
        Object browser = browserObject();
        Method signIn = browser.getClass().getDeclaredMethod("signIn", ManabiIT.class, String.class, String.class);
        signIn.setAccessible(true);
        signIn.invoke(browser, this, LEARNER, password);
    }

    String at(String path) {
        String root = server.toString().endsWith("/") ? server.toString() : server + "/";
        return root + path;
    }

    /* ---- upload ---- */

    private long upload(HarnessPackage pack, AdlScript script, Path scriptFile) throws IOException, InterruptedException {
        byte[] zip = pack.zip(script, scriptFile, corpus().resolve("Commands.properties"));
        String title = "ADL " + pack.name() + " " + System.currentTimeMillis();
        HttpRequest request = HttpRequest.newBuilder(URI.create(at("api/courses?publish=true&title="
                        + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8))))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((TRAINER + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/zip").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new Refused("upload of " + pack.name() + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body(), 400));
        }
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        return body.getJsonNumber("course").longValue();
    }

    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /* ---- one script ---- */

    private final class Replay {
        private final AdlScript script;
        private final Map<String, HarnessPackage> packages;
        private final Map<String, Long> courseOf;
        private final String first;
        private final List<String> details = new ArrayList<>();
        private String currentPackage;
        private String firstFailure;
        private long openedAt;
        private int stepAtOpen;
        private final long started = System.currentTimeMillis();
        private final String runId = Long.toString(System.nanoTime(), 36);

        Replay(AdlScript script, Prepared prepared) {
            this.script = script;
            this.packages = prepared.packages();
            this.courseOf = prepared.courses();
            this.first = prepared.first();
        }

        Outcome play() throws Exception {
            resetRun();
            open(first);
            String start = script.start();
            if (!start.equals(".") && !packages.containsKey(start)) {
                String failure = launchByChoice(start);
                if (failure != null) {
                    return done("start: " + failure);
                }
            }
            List<AdlScript.Step> steps = script.steps();
            for (int k = 0; k < steps.size(); k++) {
                AdlScript.Step step = steps.get(k);
                String failure = awaitStep(k, step);
                if (failure != null) {
                    return done(failure);
                }
                boolean last = k == steps.size() - 1;
                String navigation = last ? finish(step.cui()) : navigate(step.cui());
                if (navigation != null) {
                    return done("after " + step.key() + " (" + step.cui() + "): " + navigation);
                }
            }
            // Nothing more may be launched after the script's end: look for 300 ms.
            JsonValue extra = poll(300, 50, () -> {
                JsonValue x = storage("extra");
                return x != null && x.getValueType() == JsonValue.ValueType.ARRAY && !x.asJsonArray().isEmpty() ? x : null;
            });
            if (extra != null) {
                return done("unexpected launch after the script's end: " + abbreviate(extra.toString(), 300));
            }
            return done(firstFailure);
        }

        private Outcome done(String failure) {
            String reason = failure != null ? failure : firstFailure;
            JsonValue http = storage("http");
            if (http != null && http.getValueType() == JsonValue.ValueType.ARRAY) {
                for (JsonValue v : http.asJsonArray()) {
                    details.add("player: " + ((jakarta.json.JsonString) v).getString());
                }
            }
            if (reason != null) {
                details.add("launches: " + launchesSoFar().replaceFirst("^; launched so far: ", "")
                        + "; player now" + playerSays(state()));
            }
            return new Outcome(script.name(), reason == null, reason == null ? "" : reason, details,
                    System.currentTimeMillis() - started);
        }

        private void resetRun() {
            js("for (var i = sessionStorage.length - 1; i >= 0; i--) { var k = sessionStorage.key(i);"
                    + " if (k && k.indexOf('" + PREFIX + "') === 0) sessionStorage.removeItem(k); }"
                    + "sessionStorage.setItem('" + PREFIX + "run', JSON.stringify({id: arguments[0], tc: arguments[1],"
                    + " next: 0}));", runId, script.name());
        }

        private void open(String packageName) {
            currentPackage = packageName;
            openedAt = System.currentTimeMillis();
            stepAtOpen = storage("run") instanceof JsonObject run ? run.getInt("next", 0) : 0;
            driver.get(at("learn/player.xhtml?course=" + courseOf.get(packageName)));
            poll(15000, 100, () -> Boolean.TRUE.equals(
                    js("return document.readyState === 'complete' && !!window.manabiPlayer;")) ? true : null);
            // Diagnostics for the report: the player's failed requests (status and body), errors thrown in the
            // player page, and a data load that scorm-again refuses.
            js("var key = arguments[0] + 'http'; function note(text) {"
                    + " var l = JSON.parse(sessionStorage.getItem(key) || '[]'); l.push(text);"
                    + " sessionStorage.setItem(key, JSON.stringify(l)); }"
                    + " if (!window.adlFetch) { window.adlFetch = window.fetch; window.fetch = function (u, o) {"
                    + " return window.adlFetch(u, o).then(function (r) { if (!r.ok) { r.clone().text().then(function (t) {"
                    + " note((o && o.method || 'GET') + ' ' + u + ' → ' + r.status + ' ' + t.substring(0, 300)); }); }"
                    + " return r; }); };"
                    + " window.addEventListener('error', function (e) { note('error in the player page: ' + e.message); });"
                    + " window.addEventListener('unhandledrejection', function (e) { note('unhandled rejection: ' + e.reason); });"
                    + " [window.Scorm2004API, window.Scorm12API].forEach(function (C) {"
                    + "  if (C && C.prototype && C.prototype.loadFromFlattenedJSON && !C.prototype.adlWrapped) {"
                    + "   var load = C.prototype.loadFromFlattenedJSON; C.prototype.adlWrapped = true;"
                    + "   C.prototype.loadFromFlattenedJSON = function () { try { return load.apply(this, arguments); }"
                    + "    catch (e) { note('loading the launch data into the API threw: ' + e + ' — data: '"
                    + "     + JSON.stringify(arguments[0]).substring(0, 300)); throw e; } }; } }); }", PREFIX);
        }

        /**
         * The learner launches the item titled so from the TOC, unless the player's own start already launched it:
         * the harness page writes started.<next> only when its activity is the one the script expects next.
         */
        private String launchByChoice(String title) {
            int next = stepAtOpen; // the step the player's own start, or the learner's choice, must launch
            // Started as it should, or another activity was launched instead (a result without a start).
            String seen = poll(1500, 100, () -> has("started." + next) ? "started" : has("result." + next) ? "other" : null);
            if ("started".equals(seen)) {
                return null;
            }
            awaitIdle();
            js("sessionStorage.removeItem(arguments[0] + 'result.' + arguments[1]);"
                    + " sessionStorage.removeItem(arguments[0] + 'started.' + arguments[1]);"
                    + " var r = JSON.parse(sessionStorage.getItem(arguments[0] + 'run'));"
                    + " r.next = arguments[1]; sessionStorage.setItem(arguments[0] + 'run', JSON.stringify(r));",
                    PREFIX, next);
            return choose(title);
        }

        /** Waits for step k's result; null when it passed or failed only in its calls, else why the script stops. */
        private String awaitStep(int k, AdlScript.Step step) {
            return new StepWait(k, step).result();
        }

        /** What waiting for one step keeps between two looks at the page: its deadlines and what it has seen. */
        private final class StepWait {

            private final int k;
            private final AdlScript.Step step;
            private final long launchDeadline;
            private long runDeadline;
            private long doneDeadline;
            private boolean endedSeen;
            private long idleSince;
            private boolean previousTerminated;

            StepWait(int k, AdlScript.Step step) {
                this.k = k;
                this.step = step;
                // A freshly opened player loads its page, the course and the first launch: give it longer.
                launchDeadline = Math.max(System.currentTimeMillis() + LAUNCH_MS, openedAt + 3 * LAUNCH_MS);
                if (k > 0 && storage("result." + (k - 1)) instanceof JsonObject previous
                        && previous.get("terminate") instanceof JsonObject terminate) {
                    previousTerminated = "true".equals(string(terminate, "returned"));
                }
            }

            /** Every 100 ms until the step is decided; the steps' own deadlines end it, the hour is a backstop. */
            String result() {
                java.util.Optional<String> outcome = poll(3_600_000, 100, this::look);
                return outcome == null ? step.key() + ": no outcome within an hour" : outcome.orElse(null);
            }

            /** One look at the page: the outcome when the step is decided (empty: passed), null to look again. */
            private java.util.Optional<String> look() {
                JsonValue result = storage("result." + k);
                if (result instanceof JsonObject r) {
                    boolean finished = r.getBoolean("done", false);
                    if (finished || doneDeadline != 0 && System.currentTimeMillis() > doneDeadline) {
                        return java.util.Optional.ofNullable(judge(k, step, r));
                    }
                    if (doneDeadline == 0) {
                        doneDeadline = System.currentTimeMillis() + 3000;
                    }
                } else if (has("started." + k)) {
                    if (has("ui." + k) && !has("go." + k)) {
                        inspectUserInterface(k, step);
                        js("sessionStorage.setItem(arguments[0], '1');", PREFIX + "go." + k);
                    }
                    if (runDeadline == 0) {
                        runDeadline = System.currentTimeMillis() + RUN_MS;
                    }
                    if (System.currentTimeMillis() > runDeadline) {
                        return java.util.Optional.ofNullable(step.key() + " (Activity " + step.act() + ") started but did not finish its "
                                + step.commands().size() + " calls in " + RUN_MS / 1000 + " s");
                    }
                } else {
                    JsonObject state = state();
                    if (state != null && state.getBoolean("ended", false)) {
                        if (endedSeen) {
                            return java.util.Optional.ofNullable("the session ended before " + step.key() + " (Activity " + step.act()
                                    + ") was launched" + playerSays(state) + launchesSoFar());
                        }
                        endedSeen = true; // once more, in case the launch is on its way
                    }
                    // Idle: showing nothing, or still showing the activity that has terminated, and not loading.
                    boolean idle = state != null && !state.getBoolean("busy", false)
                            && (string(state, "current").isEmpty() || previousTerminated);
                    if (!idle) {
                        idleSince = 0;
                    } else if (idleSince == 0) {
                        idleSince = System.currentTimeMillis();
                    }
                    boolean tooLong = System.currentTimeMillis() > launchDeadline
                            || idleSince != 0 && System.currentTimeMillis() - idleSince > IDLE_MS
                            && (k != stepAtOpen || System.currentTimeMillis() - openedAt > 2 * LAUNCH_MS);
                    if (tooLong) {
                        return java.util.Optional.ofNullable("the LMS did not launch " + step.key() + " (Activity " + step.act() + ")"
                                + playerSays(state) + launchesSoFar());
                    }
                }

                return null;
            }
        }

        /** Answers the step's UI inspection questions from what the player shows, as a tester would. */
        private void inspectUserInterface(int k, AdlScript.Step step) {
            awaitIdle();
            String[] questions = step.uiQuestions().split("~");
            String[] expected = step.uiAnswers().split("~");
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < questions.length; i++) {
                String answer = answer(questions[i]);
                String want = i < expected.length ? expected[i] : "?";
                if (!answer.equals(want)) {
                    wrong.add(questions[i] + " is " + answer + ", expected " + want);
                }
            }
            if (!wrong.isEmpty()) {
                details.add(step.key() + " UI inspection: " + String.join("; ", wrong));
                if (firstFailure == null) {
                    firstFailure = step.key() + " UI inspection: " + wrong.get(0);
                }
            }
        }

        private String answer(String question) {
            int at = question.indexOf('@');
            String key = at < 0 ? question : question.substring(0, at);
            String title = at < 0 ? "" : question.substring(at + 1);
            Object answer = js("var q = arguments[0], title = arguments[1];"
                    + " function on(b) { return !!b && !b.disabled && b.getAttribute('aria-disabled') !== 'true'; }"
                    + " var toc = Array.prototype.slice.call(document.querySelectorAll('#player-toc button'));"
                    + " var named = toc.filter(function (b) { return b.textContent.trim() === title; })[0];"
                    + " var shown = Array.prototype.slice.call(document.querySelectorAll('#player-toc li *'))"
                    + "   .some(function (e) { return e.textContent.trim() === title; });"
                    + " switch (q) {"
                    + "  case 'continue.enabled': return on(document.querySelector('#player-next'));"
                    + "  case 'continue.disabled': return !on(document.querySelector('#player-next'));"
                    + "  case 'previous.enabled': return on(document.querySelector('#player-previous'));"
                    + "  case 'previous.disabled': return !on(document.querySelector('#player-previous'));"
                    + "  case 'toc.enabled': return toc.some(on);"
                    + "  case 'toc.enabled.selectable': return on(named);"
                    + "  case 'toc.visible': return shown;"
                    + "  default: return true; }", key, title);
            return Boolean.TRUE.equals(answer) ? "Y" : "N";
        }

        private String judge(int k, AdlScript.Step step, JsonObject result) {
            if (result.getBoolean("ok", false)) {
                return null;
            }
            var failures = result.getJsonArray("failures");
            int count = result.getInt("failureCount", failures.size());
            for (JsonValue value : failures) {
                JsonObject f = value.asJsonObject();
                details.add(step.key() + ": " + (f.containsKey("call") ? string(f, "call") + " → " : "")
                        + string(f, "why") + (f.containsKey("line") ? "   [" + string(f, "line") + "]" : ""));
            }
            String launched = string(result, "launched");
            String first = failures.isEmpty() ? "failed" : failures.getJsonObject(0).getString("why", "failed");
            if (!step.act().equals(launched)) {
                return step.key() + ": " + first;
            }
            if (firstFailure == null) {
                JsonObject f = failures.isEmpty() ? null : failures.getJsonObject(0);
                firstFailure = step.key() + ": " + count + " of " + result.getInt("calls", 0) + " calls wrong, first "
                        + (f != null && f.containsKey("call") ? string(f, "call") + " " : "") + first;
            }
            return null;
        }

        /* ---- the learner's navigation (CUI) ---- */

        /** The navigation after a step that is not the last; null when done, else why not. */
        private String navigate(String cui) throws InterruptedException {
            if (cui == null || cui.isEmpty()) {
                return null; // the activity navigates by itself (adl.nav.request)
            }
            Matcher m;
            switch (cui) {
                case "Continue":
                    return press("#player-next", "Continue");
                case "Previous":
                    return press("#player-previous", "Previous");
                case "DMBx":
                    return relaunch(currentPackage, true, null);
                case "DMBxAct":
                    return relaunch(currentPackage, true, "Data Model Behavior Test 1");
                case "RelaunchCM10":
                    return relaunch(currentPackage, true, "Activity 4");
                case "ExitCM09ba":
                    return then(press("#player-exit", "Exit"), () -> relaunch(currentPackage, true, null));
                case "SuspendCM09ca":
                    return then(press("#player-suspend", "Suspend All"), () -> relaunch(currentPackage, true, null));
                case "ContinueExitCM8":
                    return then(press("#player-next", "Continue"), () -> relaunch(currentPackage, true, null));
                case "RootSX4b":
                    return chooseRoot();
                default:
                    break;
            }
            if ((m = Pattern.compile("APIt(\\d+)").matcher(cui)).matches()) {
                return choose("API Implementation Test " + m.group(1));
            }
            if ((m = Pattern.compile("DMIt(\\d+)").matcher(cui)).matches()) {
                return choose("Data Model Implementation Test " + m.group(1));
            }
            if (cui.startsWith("Choice~the activity that corresponds to the root")) {
                return chooseRoot();
            }
            if (cui.startsWith("Choice~")) {
                return choose(cui.substring("Choice~".length()));
            }
            if ((m = Pattern.compile("(?i)relaunch(DDM[ab])").matcher(cui)).matches()) {
                return relaunch(m.group(1), true, null);
            }
            if (cui.startsWith("exitlaunch~")) {
                String target = cui.substring("exitlaunch~".length());
                return then(press("#player-exit", "Exit"), () -> relaunch(target, true, null));
            }
            if (cui.startsWith("autoendrelaunch~") || cui.startsWith("relaunch~") || cui.startsWith("launch~")) {
                return relaunch(cui.substring(cui.indexOf('~') + 1), true, null);
            }
            if (cui.matches("(?i)relaunch.*")) {
                return relaunch(currentPackage, false, null); // "after you log out of the package"
            }
            if (cui.equals("HasEnded") || cui.equals("AutoTest")) {
                return awaitEnd(cui);
            }
            return "the harness does not know the instruction " + cui;
        }

        /** The navigation after the last step: how the test ends. */
        private String finish(String cui) throws InterruptedException {
            if (cui.equals("Exit") || cui.equals("TRIGExitAll")) {
                JsonObject state = state();
                if (state == null || !state.getBoolean("ended", false)) {
                    String pressed = press("#player-exit", cui.equals("Exit") ? "Exit" : "Exit All");
                    if (pressed != null) {
                        return pressed;
                    }
                }
                return awaitEnd(cui);
            }
            if (cui.startsWith("ChoiceExit~")) {
                String chosen = choose(cui.substring("ChoiceExit~".length()));
                return chosen != null ? chosen : awaitEnd(cui);
            }
            if (cui.equals("AutoTest") || cui.equals("HasEnded")) {
                return awaitEnd(cui);
            }
            return navigate(cui);
        }

        private String awaitEnd(String why) {
            if (poll(END_MS, 100, () -> ended(state()) ? true : null) != null) {
                return null;
            }
            return "the session did not end (" + why + ")" + playerSays(state());
        }

        private String then(String first, java.util.concurrent.Callable<String> next) {
            if (first != null) {
                return first;
            }
            try {
                return next.call();
            } catch (Exception e) {
                return e.toString();
            }
        }

        /** The player ignores clicks while it loads an activity: wait until it is idle (at most 5 s). */
        private void awaitIdle() {
            poll(5000, 50, () -> {
                JsonObject state = state();
                return state == null || !state.getBoolean("busy", false) ? true : null;
            });
        }

        /** Clicks a player button; null when clicked, else why not (missing, disabled for 3 s). */
        private String press(String css, String what) {
            awaitIdle();
            Object[] last = {"disabled"};
            poll(3000, 100, () -> {
                last[0] = click(css);
                return "disabled".equals(last[0]) ? null : true;
            });
            Object answer = last[0];
            if ("ok".equals(answer)) {
                return null;
            }
            return "the player's " + what + " button (" + css + ") is " + answer + playerSays(state());
        }

        private Object click(String css) {
            return js("window.confirm = function () { return true; }; window.alert = function () {};"
                    + " var b = document.querySelector(arguments[0]);"
                    + " if (!b) return 'missing'; if (b.disabled || b.getAttribute('aria-disabled') === 'true')"
                    + " return 'disabled'; b.click(); return 'ok';", css);
        }

        /** Chooses an item in the TOC by its title. */
        private String choose(String title) {
            awaitIdle();
            HarnessPackage pack = packages.get(currentPackage);
            String id = pack == null ? null : pack.itemTitled(title).map(HarnessPackage.Item::identifier).orElse(null);
            Object answer = js("window.confirm = function () { return true; }; var id = arguments[0], title = arguments[1];"
                    + " var bs = document.querySelectorAll('#player-toc button'), b = null;"
                    + " for (var i = 0; i < bs.length; i++) { if (id && bs[i].getAttribute('data-activity') === id) b = bs[i]; }"
                    + " for (var j = 0; !b && j < bs.length; j++) { if (bs[j].textContent.trim() === title) b = bs[j]; }"
                    + " if (!b) return 'missing'; if (b.disabled || b.getAttribute('aria-disabled') === 'true')"
                    + " return 'disabled'; b.click(); return 'ok';", id, title);
            if ("ok".equals(answer)) {
                return null;
            }
            return "the TOC entry for \"" + title + "\"" + (id != null ? " (" + id + ")" : "") + " is " + answer
                    + playerSays(state());
        }

        private String chooseRoot() {
            HarnessPackage pack = packages.get(currentPackage);
            HarnessPackage.Item root = pack.items().isEmpty() ? null : pack.items().get(0);
            String title = root != null && !root.launchable() ? root.title() : pack.organizationTitle();
            return choose(title);
        }

        /** Opens the player for a package again; first lets the session end where the script says it ends. */
        private String relaunch(String packageName, boolean attemptEnds, String thenChoose) {
            if (!courseOf.containsKey(packageName)) {
                return "no package " + packageName + " for this script";
            }
            boolean ended = poll(attemptEnds ? END_MS : 1000, 100,
                    () -> ended(state()) ? true : null) != null;
            if (!ended && attemptEnds) {
                details.add("the session had not ended when the script relaunched " + packageName + playerSays(state()));
            }
            open(packageName);
            return thenChoose == null ? null : launchByChoice(thenChoose);
        }

        private String launchesSoFar() {
            JsonValue launches = storage("launches");
            if (launches == null || launches.getValueType() != JsonValue.ValueType.ARRAY) {
                return "";
            }
            List<String> acts = new ArrayList<>();
            long first = 0;
            for (JsonValue v : launches.asJsonArray()) {
                JsonObject launch = v.asJsonObject();
                long time = launch.getJsonNumber("time") == null ? 0 : launch.getJsonNumber("time").longValue();
                first = first == 0 ? time : first;
                acts.add(string(launch, "act") + "@" + (time - first) + "ms");
            }
            return "; launched so far: " + acts;
        }
    }

    /* ---- the page ---- */

    private Object js(String script, Object... args) {
        try {
            return ((JavascriptExecutor) driver).executeScript(script, args);
        } catch (org.openqa.selenium.WebDriverException e) {
            return null;
        }
    }

    /** Whether the harness stored something under the key (the value may be a bare number). */
    private boolean has(String key) {
        return js("return sessionStorage.getItem(arguments[0]);", PREFIX + key) instanceof String;
    }

    private JsonValue storage(String key) {
        Object text = js("return sessionStorage.getItem(arguments[0]);", PREFIX + key);
        if (!(text instanceof String s)) {
            return null;
        }
        try {
            return Json.createReader(new StringReader(s)).readValue();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private JsonObject state() {
        Object text = js("try { if (window.manabiPlayer) return JSON.stringify(window.manabiPlayer.state());"
                + " if (document.readyState === 'complete' && location.pathname.indexOf('player.xhtml') < 0)"
                + " return JSON.stringify({current: null, ended: true, message: 'left the player for ' + location.href});"
                + " return null; } catch (e) { return null; }");
        if (!(text instanceof String s)) {
            return null;
        }
        try {
            return Json.createReader(new StringReader(s)).readObject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String playerSays(JsonObject state) {
        if (state == null) {
            return " (no player state)";
        }
        return " (player: current=" + string(state, "current") + ", ended=" + state.getBoolean("ended", false)
                + (string(state, "message").isEmpty() ? "" : ", message \"" + string(state, "message") + "\"") + ")";
    }

    private static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? object.getString(key) : value.toString();
    }

    private static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }

    private static boolean ended(JsonObject state) {
        return state != null && state.getBoolean("ended", false);
    }

    /** Asks the condition every interval until it gives a value (not null, not false); null when the time is up. */
    private static <T> T poll(long timeoutMs, long intervalMs, java.util.function.Supplier<T> condition) {
        try {
            return new org.openqa.selenium.support.ui.FluentWait<java.util.function.Supplier<T>>(condition)
                    .withTimeout(Duration.ofMillis(timeoutMs)).pollingEvery(Duration.ofMillis(intervalMs))
                    .until(java.util.function.Supplier::get);
        } catch (org.openqa.selenium.TimeoutException e) {
            return null;
        }
    }
}
