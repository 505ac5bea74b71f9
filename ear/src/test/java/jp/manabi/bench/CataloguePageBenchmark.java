package jp.manabi.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The course catalogue page as an employee's browser sees it, over HTTP against a running Manabi on
 * the benchmark database that CatalogueBenchmark fills (2,000 courses): signs in as
 * {@code bench-employee} (employee 7, added by CatalogueBenchmark), then times GET of
 * {@code learn/courses.xhtml} for the first page, a category filter, "recommended for my grade",
 * all filters at once and a later page. Prints p50, p95 and max in milliseconds.
 */
public final class CataloguePageBenchmark {

    private static final String BASE = System.getProperty("bench.url", "http://localhost:8080/");
    private static final int RUNS = Integer.getInteger("bench.runs", 40);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private CataloguePageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new CataloguePageBenchmark().run(System.getProperty("bench.login", "bench-employee"),
                System.getProperty("bench.password", "bench-employee-password-1"));
    }

    private void run(String login, String password) throws Exception {
        String loginPage = get("login.xhtml");
        String signedIn = post("login.xhtml", Map.of("login", "login", "login:loginId", login, "login:password", password,
                "login:from", "", "login:signIn", "", "jakarta.faces.ViewState", viewState(loginPage)));
        if (!signedIn.contains("app-user")) {
            throw new IllegalStateException("could not sign in as " + login + " at " + BASE);
        }
        System.out.printf("%nCourse catalogue page over HTTP at %s as %s, %d runs each (ms)%n", BASE, login, RUNS);
        System.out.printf("%-52s %8s %8s %8s%n", "request", "p50", "p95", "max");
        measure("GET first page (20 courses and count)", "learn/courses.xhtml");
        measure("GET category=MANAGEMENT", "learn/courses.xhtml?category=MANAGEMENT");
        measure("GET mine=true (recommended for my grade)", "learn/courses.xhtml?mine=true");
        measure("GET category + ability + grade", "learn/courses.xhtml?category=PRACTICE&ability=PROFESSIONAL_PRACTICE&grade=STAFF");
        measure("GET page=50", "learn/courses.xhtml?page=50");
    }

    private void measure(String name, String path) throws Exception {
        String first = get(path);
        if (!first.contains("learn/course.xhtml?course=")) {
            throw new IllegalStateException(name + ": no course on the page: " + first.substring(0, Math.min(500, first.length())));
        }
        for (int i = 0; i < 5; i++) {
            get(path);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            String body = get(path);
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (body.contains("server-error")) {
                throw new IllegalStateException(name + " failed: " + body.substring(0, Math.min(500, body.length())));
            }
        }
        Arrays.sort(ms);
        System.out.printf("%-52s %8.1f %8.1f %8.1f%n", name, ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1], ms[RUNS - 1]);
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept-Language", "ja").GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private String post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept-Language", "ja")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no view state on the page");
        }
        return m.group(1);
    }
}
