package jp.manabi.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SCORM run-time commit endpoint ({@code POST api/player/sessions/{token}/commits}) under many
 * learners at once, over HTTP against a running Manabi in demo mode (the run command, preferably on
 * PostgreSQL; see the README). Setup, not measured: a trainer uploads the course package a few
 * times, every demo employee signs in once through the login page (the commits then ride on the
 * session cookie, as the player's do, and never pay for a password hash), and each simulated learner
 * launches the course's SCO on its own (employee, course) pair, so that no launch supersedes another.
 *
 * <p>Then, after a warm-up: a closed loop (every learner commits again as soon as its last commit is
 * answered: the most the server does) and an open loop at each target rate (commits scheduled at the
 * rate, spread over the learners; a learner's commits go one after another, and latency counts from
 * the scheduled time, so waiting behind a slow server counts). Prints p50, p95, p99 and max latency
 * in milliseconds, commits per second and errors for each.
 */
public final class CommitBenchmark {

    private static final String BASE = System.getProperty("bench.url", "http://localhost:8080/");
    private static final String PASSWORD = System.getProperty("bench.password", "bench-pass-1");
    private static final String TRAINER = System.getProperty("bench.trainer", "1031");
    private static final int LEARNERS = Integer.getInteger("bench.learners", 200);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 15);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final String RATES = System.getProperty("bench.rates", "500");
    private static final int SUSPEND_CHARS = Integer.getInteger("bench.suspend", 2048);
    private static final Path PACKAGE = Path.of(System.getProperty("bench.package",
            "../shared/scorm-corpus/scorm2004/RuntimeBasicCalls_SCORM20043rdEdition.zip"));
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final int QUESTIONS = 5;
    /** How long an open loop waits for the server after the last commit was due. */
    private static final int GRACE_SECONDS = 10;

    private final HttpClient http;
    private final ExecutorService callbacks = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "bench-http");
        t.setDaemon(true);
        return t;
    });
    private final String filler;

    private CommitBenchmark() {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
                .connectTimeout(Duration.ofSeconds(10)).build();
        StringBuilder s = new StringBuilder();
        for (int i = 0; s.length() < SUSPEND_CHARS + 64; i++) {
            s.append(Integer.toString(i * 7919, 36)).append(i % 3 == 0 ? '|' : ',');
        }
        filler = s.toString();
    }

    /** The demo employees (see DemoCity): 部長 1001–1005, 課長 and 課長補佐 1011–1025, 係長 1031–1040, 主任 1041–1052, 係員 1061–1078. */
    static List<String> demoLogins() {
        List<String> logins = new ArrayList<>();
        int[][] ranges = {{1001, 1005}, {1011, 1025}, {1031, 1040}, {1041, 1052}, {1061, 1078}};
        for (int[] r : ranges) {
            for (int n = r[0]; n <= r[1]; n++) {
                logins.add(Integer.toString(n));
            }
        }
        return logins;
    }

    public static void main(String[] args) throws Exception {
        CommitBenchmark bench = new CommitBenchmark();
        try {
            bench.run();
        } finally {
            bench.callbacks.shutdownNow();
        }
        // exec:java waits for non-daemon threads; the HTTP client's selector thread must not keep Maven alive.
        System.exit(0);
    }

    private void run() throws Exception {
        List<String> accounts = demoLogins();
        int courseCount = (LEARNERS + accounts.size() - 1) / accounts.size();
        long setupStart = System.nanoTime();
        byte[] zip = java.nio.file.Files.readAllBytes(PACKAGE);
        List<Long> courses = new ArrayList<>();
        for (int c = 0; c < courseCount; c++) {
            courses.add(upload(zip, "Commit benchmark " + (c + 1) + "/" + courseCount + " "
                    + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)));
        }
        int signIns = Math.min(LEARNERS, accounts.size());
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String login : accounts.subList(0, signIns)) {
            cookies.put(login, signIn(login));
        }
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            String login = accounts.get(i % accounts.size());
            learners.add(launch(login, cookies.get(login), courses.get(i / accounts.size())));
        }
        double setup = (System.nanoTime() - setupStart) / 1e9;

        System.out.printf("%nCommit endpoint over HTTP at %s%n", BASE);
        System.out.printf("machine: %d cores, Java %s, %s; load generator on this machine too%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("os.name"));
        System.out.printf("database: %s%n", System.getProperty("bench.db", System.getenv().getOrDefault("MANABI_DB_URL",
                "as the server was started (say which with -Dbench.db=…)")));
        System.out.printf("learners: %d (%d demo accounts signed in once each, %d courses of %s, one session per"
                + " learner), setup %.1f s%n", LEARNERS, signIns, courseCount, PACKAGE.getFileName(), setup);
        System.out.printf("commit: %,d bytes of JSON (%,d characters of suspend data, location, times, statuses, score,"
                + " %d interactions; every 4th commit answers a question)%n", learners.get(0).body(learners.get(0).seq + 1).length(),
                SUSPEND_CHARS, QUESTIONS);
        System.out.printf("warm-up %d s, then %d s per phase; load average before: %s%n%n", WARMUP_SECONDS, SECONDS,
                loadAverage());

        closedLoop(learners, WARMUP_SECONDS);
        List<Phase> phases = new ArrayList<>();
        phases.add(closedLoop(learners, SECONDS));
        for (String rate : RATES.split(",")) {
            pause();
            phases.add(openLoop(learners, Double.parseDouble(rate.strip()), SECONDS));
        }

        System.out.printf("%-30s %6s %8s %7s %9s %8s %8s %8s %8s %5s %6s%n", "phase", "s", "commits", "errors", "commits/s",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "cpu", "client");
        for (Phase p : phases) {
            p.print();
        }
        System.out.printf("(cpu: the whole machine busy, all processes; client: the load generator's CPU ms per commit;"
                + " load average now %s)%n", loadAverage());
        for (Phase p : phases) {
            if (!p.errors.isEmpty()) {
                System.out.printf("errors in '%s': %s%n", p.name, p.errors);
            }
            if (p.dropped > 0) {
                System.out.printf("'%s': %,d of %,d scheduled commits never sent: the server was still %d s behind"
                        + " %d s after the last was due%n", p.name, p.dropped, p.dropped + p.count,
                        Math.round(p.dropped / p.target), GRACE_SECONDS);
            }
            if (p.stale > 0) {
                System.out.printf("'%s': %d commits answered STALE (a later one of the same session was stored first)%n",
                        p.name, p.stale);
            }
        }
        for (Phase p : phases) {
            if (p.target > 0) {
                boolean met = p.errorCount() == 0 && p.dropped == 0 && p.percentile(0.99) <= 50 && p.rate() >= p.target * 0.98;
                System.out.printf("goal p99 <= 50 ms at %.0f commits/s: %s (p99 %.1f ms at %.1f commits/s)%n", p.target,
                        met ? "met" : "MISSED", p.percentile(0.99), p.rate());
            }
        }
    }

    // ---------------------------------------------------------------- setup

    private long upload(byte[] zip, String title) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((TRAINER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + "api/courses?publish=true&title="
                        + URLEncoder.encode(title, StandardCharsets.UTF_8)))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload as trainer " + TRAINER + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        long course = json(response.body()).getJsonNumber("course").longValue();
        // Learners may only take published courses; where an upload is a draft, publish it (a server
        // without the endpoint, or one that published on upload, answers otherwise: that is fine).
        http.send(HttpRequest.newBuilder(URI.create(BASE + "api/courses/" + course + "/publish"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        return course;
    }

    /** Signs in through the login page as a browser does; returns the session cookie ("JSESSIONID=…"). */
    private static String signIn(String login) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on " + BASE + "login.xhtml");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:loginId", login);
        form.put("login:password", PASSWORD);
        form.put("login:from", "");
        form.put("login:signIn", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String signedIn = browser.send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
        if (!signedIn.contains("app-user")) {
            throw new IllegalStateException("could not sign in as " + login + " at " + BASE + " (is the server in demo"
                    + " mode with this password? -Dbench.password=…)");
        }
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString).findFirst().orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    private Learner launch(String login, String cookie, long course) throws IOException, InterruptedException {
        JsonObject view = json(check(http.send(HttpRequest.newBuilder(URI.create(BASE + "api/player/courses/" + course))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString()),
                "table of contents of course " + course + " for " + login + " (is the course published?)"));
        String activity = view.getString("startAt");
        JsonObject launch = json(check(http.send(HttpRequest.newBuilder(URI.create(BASE + "api/player/courses/" + course
                        + "/launch?activity=" + URLEncoder.encode(activity, StandardCharsets.UTF_8)))
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()), "launch"));
        if (!"2004".equals(launch.getString("api", ""))) {
            throw new IllegalStateException("the benchmark's commits are SCORM 2004's; the package launched as "
                    + launch.getString("api", "?"));
        }
        Map<String, String> initial = new TreeMap<>();
        for (Map.Entry<String, JsonValue> e : launch.getJsonObject("cmi").entrySet()) {
            if (e.getValue() instanceof JsonString s) {
                initial.put(e.getKey(), s.getString());
            }
        }
        return new Learner(login, cookie, launch.getString("token"), initial);
    }

    private static String check(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    // ---------------------------------------------------------------- one learner

    /** A learner in one launched session: commits go one after another, with rising sequence numbers. */
    private final class Learner {
        final String login;
        final String cookie;
        final String token;
        final Map<String, String> initial;
        long seq;
        boolean busy;
        final ArrayDeque<Long> waiting = new ArrayDeque<>();

        Learner(String login, String cookie, String token, Map<String, String> initial) {
            this.login = login;
            this.cookie = cookie;
            this.token = token;
            this.initial = initial;
        }

        /**
         * What scorm-again sends: every element flattened, the LMS's own values echoed back, the
         * location and suspend data moving on; every fourth commit the learner answers a question.
         */
        String body(long n) {
            Map<String, String> cmi = new LinkedHashMap<>(initial);
            cmi.put("cmi.location", "page-" + (n % 40));
            int offset = (int) (n % 64);
            cmi.put("cmi.suspend_data", filler.substring(offset, offset + SUSPEND_CHARS));
            cmi.put("cmi.session_time", "PT" + (n / 60) + "M" + (n % 60) + "S");
            cmi.put("cmi.completion_status", "incomplete");
            cmi.put("cmi.success_status", "unknown");
            cmi.put("cmi.exit", "suspend");
            cmi.put("cmi.progress_measure", "0." + (10 + n % 80));
            cmi.put("cmi.score.min", "0");
            cmi.put("cmi.score.max", "100");
            cmi.put("cmi.score.raw", Long.toString(n % 101));
            cmi.put("cmi.score.scaled", n % 101 == 100 ? "1" : "0." + String.format("%02d", n % 100));
            long answered = n / 4;
            for (int q = 0; q < QUESTIONS; q++) {
                String p = "cmi.interactions." + q + ".";
                // Question q was last answered at the latest commit k <= n with k / 4 ≡ q (mod QUESTIONS).
                long round = answered - Math.floorMod(answered - q, QUESTIONS);
                boolean correct = round % 3 != 0;
                cmi.put(p + "id", "question-" + (q + 1));
                cmi.put(p + "type", "choice");
                cmi.put(p + "weighting", "1");
                cmi.put(p + "learner_response", round < 0 ? "" : correct ? "choice-a" : "choice-b[,]choice-c");
                cmi.put(p + "result", round < 0 ? "" : correct ? "correct" : "incorrect");
                cmi.put(p + "latency", round < 0 ? "" : "PT" + (5 + round % 50) + "S");
                cmi.put(p + "description", "Question " + (q + 1) + " of the golf quiz");
            }
            JsonObjectBuilder values = Json.createObjectBuilder();
            cmi.forEach(values::add);
            return Json.createObjectBuilder().add("seq", n).add("terminate", false).add("cmi", values).build().toString();
        }
    }

    // ---------------------------------------------------------------- phases

    /** Every learner commits again as soon as its last commit is answered, for the given time. */
    private Phase closedLoop(List<Learner> learners, int seconds) throws InterruptedException {
        Phase phase = new Phase("closed loop, " + learners.size() + " learners", 0);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(learners.size());
        phase.start = System.nanoTime();
        for (Learner l : learners) {
            closedNext(phase, l, end, done);
        }
        done.await();
        phase.finish();
        return phase;
    }

    private void closedNext(Phase phase, Learner l, long end, CountDownLatch done) {
        long start = System.nanoTime();
        if (start >= end) {
            done.countDown();
            return;
        }
        send(l, start, phase, () -> closedNext(phase, l, end, done));
    }

    /**
     * Commits scheduled at the rate, learner after learner; a learner whose last commit is still
     * out sends the next when it is answered. Latency counts from the scheduled time.
     */
    private Phase openLoop(List<Learner> learners, double rate, int seconds) throws InterruptedException {
        Phase phase = new Phase("open loop, target " + Math.round(rate) + "/s", rate);
        long total = Math.round(rate * seconds);
        double interval = 1e9 / rate;
        CountDownLatch done = new CountDownLatch((int) total);
        phase.start = System.nanoTime();
        for (long k = 0; k < total; k++) {
            long due = phase.start + Math.round(k * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Learner l = learners.get((int) (k % learners.size()));
            boolean sendNow;
            synchronized (l) {
                sendNow = !l.busy;
                if (sendNow) {
                    l.busy = true;
                } else {
                    l.waiting.add(due);
                }
            }
            if (sendNow) {
                openSend(phase, l, due, done);
            }
        }
        // A server far behind would keep the phase going for minutes: after a grace period the commits
        // still waiting for their learner's previous one are given up (and counted), those out are awaited.
        if (!done.await(GRACE_SECONDS, TimeUnit.SECONDS)) {
            for (Learner l : learners) {
                synchronized (l) {
                    phase.dropped += l.waiting.size();
                    for (int i = l.waiting.size(); i > 0; i--) {
                        done.countDown();
                    }
                    l.waiting.clear();
                }
            }
            done.await(70, TimeUnit.SECONDS);
        }
        phase.finish();
        return phase;
    }

    private void openSend(Phase phase, Learner l, long due, CountDownLatch done) {
        send(l, due, phase, () -> {
            done.countDown();
            Long next;
            synchronized (l) {
                next = l.waiting.poll();
                if (next == null) {
                    l.busy = false;
                }
            }
            if (next != null) {
                openSend(phase, l, next, done);
            }
        });
    }

    /** One commit; its latency counts from {@code since} (now, or when it was due). */
    private void send(Learner l, long since, Phase phase, Runnable then) {
        long n = ++l.seq;
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "api/player/sessions/" + l.token + "/commits"))
                .header("Cookie", l.cookie).header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(l.body(n))).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            long nanos = System.nanoTime() - since;
            if (failure != null) {
                phase.record(nanos, failure.getClass().getSimpleName(), false);
            } else if (response.statusCode() != 200 || !response.body().contains("\"result\":true")) {
                phase.record(nanos, "HTTP " + response.statusCode() + " " + describe(response.body()), false);
            } else {
                phase.record(nanos, null, response.body().contains("STALE"));
            }
            then.run();
        });
    }

    /** A JSON answer as it is (shortened), an HTML error page by its title. */
    private static String describe(String body) {
        Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(body);
        if (title.find()) {
            return "page \"" + title.group(1).strip() + "\"";
        }
        return body.length() > 120 ? body.substring(0, 120) + "…" : body;
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(2000);
    }

    /** Busy and total CPU ticks of the machine since boot, or null where there is no /proc/stat. */
    private static long[] cpuTicks() {
        try {
            String[] f = java.nio.file.Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long clientCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Latencies and errors of one phase. */
    private static final class Phase {
        final String name;
        final double target;
        long start;
        long end;
        private long[] nanos = new long[1 << 16];
        private int count;
        int stale;
        /** Commits of an open loop never sent: still queued behind their learner's earlier ones when the grace period ended. */
        int dropped;
        final Map<String, Integer> errors = new TreeMap<>();
        private final long[] cpuAtStart = cpuTicks();
        private long[] cpuAtEnd;
        private final long clientCpuAtStart = clientCpuNanos();
        private long clientCpuAtEnd;

        Phase(String name, double target) {
            this.name = name;
            this.target = target;
        }

        void finish() {
            end = System.nanoTime();
            cpuAtEnd = cpuTicks();
            clientCpuAtEnd = clientCpuNanos();
        }

        /** How busy the whole machine was (all processes, Linux's /proc/stat), in percent. */
        String machineBusy() {
            if (cpuAtStart == null || cpuAtEnd == null || cpuAtEnd[1] == cpuAtStart[1]) {
                return "?";
            }
            return String.format("%.0f%%", 100.0 * (cpuAtEnd[0] - cpuAtStart[0]) / (cpuAtEnd[1] - cpuAtStart[1]));
        }

        /** The load generator's own CPU time per commit, in milliseconds. */
        double clientCpuPerCommit() {
            return count == 0 || clientCpuAtStart < 0 ? Double.NaN : (clientCpuAtEnd - clientCpuAtStart) / 1e6 / count;
        }

        synchronized void record(long latency, String error, boolean wasStale) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = latency;
            if (error != null) {
                errors.merge(error, 1, Integer::sum);
            }
            if (wasStale) {
                stale++;
            }
        }

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Answered commits per second of the phase's own time (an open loop: from the first due time to the last answer). */
        double rate() {
            return (count - errorCount()) / ((end - start) / 1e9);
        }

        synchronized double percentile(double p) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)] / 1e6;
        }

        void print() {
            System.out.printf("%-30s %6.1f %,8d %7d %9.1f %8.1f %8.1f %8.1f %8.1f %5s %6.2f%n", name, (end - start) / 1e9,
                    count, errorCount(), rate(), percentile(0.50), percentile(0.95), percentile(0.99), percentile(1.0),
                    machineBusy(), clientCpuPerCommit());
        }
    }
}
