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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The staff list page as HR's browser sees it, over HTTP against a running Manabi (the run command
 * pointed at the benchmark database that StaffListBenchmark fills): signs in as {@code bench-hr},
 * then times the full page (first 25 rows and the count) and the table's own ajax requests for a
 * random page and for a sort. Prints p50, p95 and max in milliseconds.
 */
public final class StaffPageBenchmark {

    private static final String BASE = System.getProperty("bench.url", "http://localhost:8080/");
    private static final int RUNS = Integer.getInteger("bench.runs", 40);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private StaffPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new StaffPageBenchmark().run(System.getProperty("bench.login", "bench-hr"),
                System.getProperty("bench.password", "bench-hr-password-1"));
    }

    private void run(String login, String password) throws Exception {
        String loginPage = get("login.xhtml");
        String signedIn = post("login.xhtml", Map.of("login", "login", "login:loginId", login, "login:password", password,
                "login:from", "", "login:signIn", "", "jakarta.faces.ViewState", viewState(loginPage)), false);
        if (!signedIn.contains("app-user")) {
            throw new IllegalStateException("could not sign in as " + login + " at " + BASE);
        }
        String page = get("hr/staff.xhtml");
        Matcher total = Pattern.compile("1–25 / ([0-9,]+)").matcher(page);
        int rows = total.find() ? Integer.parseInt(total.group(1).replace(",", "")) : 0;
        System.out.printf("%nStaff list page over HTTP at %s, %,d employees, %d runs each (ms)%n", BASE, rows, RUNS);
        System.out.printf("%-44s %8s %8s %8s%n", "request", "p50", "p95", "max");
        measure("GET the page (first 25 rows and count)", () -> get("hr/staff.xhtml"));
        String viewState = viewState(get("hr/staff.xhtml"));
        Random random = new Random(1);
        measure("ajax: a random page of the table", () -> post("hr/staff.xhtml",
                table(viewState, Map.of("staff:list_pagination", "true",
                        "staff:list_first", Integer.toString(25 * random.nextInt(Math.max(1, rows / 25))),
                        "staff:list_rows", "25")), true));
        measure("ajax: sort by employee number, descending", () -> post("hr/staff.xhtml",
                table(viewState, Map.of("staff:list_sorting", "true", "staff:list_skipChildren", "true",
                        "staff:list_sortKey", "staff:list:number", "staff:list_sortDir", "-1")), true));
    }

    private static Map<String, String> table(String viewState, Map<String, String> extra) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "staff:list");
        form.put("jakarta.faces.partial.execute", "staff:list");
        form.put("jakarta.faces.partial.render", "staff:list");
        form.put("staff:list", "staff:list");
        form.put("staff:list_encodeFeature", "true");
        form.put("staff", "staff");
        form.put("jakarta.faces.ViewState", viewState);
        form.putAll(extra);
        return form;
    }

    private interface Request {
        String send() throws Exception;
    }

    private static void measure(String name, Request request) throws Exception {
        for (int i = 0; i < 5; i++) {
            request.send();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            String body = request.send();
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (body.contains("server-error") || body.contains("<error>")) {
                throw new IllegalStateException(name + " failed: " + body.substring(0, Math.min(500, body.length())));
            }
        }
        Arrays.sort(ms);
        System.out.printf("%-44s %8.1f %8.1f %8.1f%n", name, ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1], ms[RUNS - 1]);
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept-Language", "ja").GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private String post(String path, Map<String, String> form, boolean ajax) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept-Language", "ja")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no view state on the page");
        }
        return m.group(1);
    }
}
