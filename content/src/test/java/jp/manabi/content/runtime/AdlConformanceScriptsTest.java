package jp.manabi.content.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import jp.manabi.content.TestPackages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every GetValue and SetValue of the ADL SCORM 2004 4th Edition conformance test suite's LMS
 * scripts (adl-cts/testcases) whose error code the data model alone decides. A script line such as
 * {@code SET->c~LOC!test->t->0} is {@code SetValue("cmi.location", "test")} returning "true" with
 * error 0; {@code Commands.properties} spells out the abbreviations.
 *
 * <p>Codes that depend on the state of the API instance or of the attempt are not the model's to
 * give and are left out: 1xx (before Initialize, after Terminate), 301 (a collection index that does
 * not exist yet), 351 (a set out of order, a duplicate or overwritten identifier), 403 (not
 * initialized) and 408 (dependency not established, e.g. an interaction's type before its id).
 * The {@code adl.*} elements (navigation and shared data) are the browser runtime's, never committed
 * as {@code cmi.*} data. An interaction's learner_response and correct_responses pattern are checked
 * against the interaction's type, which the model does not see in a single (element, value) call.
 */
class AdlConformanceScriptsTest {

    /** A script call: SET or GET, the element, the value (for SET), and the error code the LMS must give. */
    private record Call(String where, String method, String element, String value, int code) {

        /** The script and activity visit (DMI.properties Act3V1) a call belongs to. */
        String visit() {
            return where.substring(0, where.indexOf(".commands."));
        }

        /** The script and activity (DMI.properties Act3): its visits share the stored data. */
        String activity() {
            return visit().replaceFirst("V\\d+$", "");
        }

        int number() {
            return Integer.parseInt(where.substring(where.lastIndexOf('.') + 1));
        }
    }

    private static final Set<Integer> MODEL_CODES = Set.of(0, 401, 404, 405, 406, 407);

    private static final CmiDataModel MODEL = CmiDataModel.of(ScormVersion.SCORM_2004);
    private static final List<Call> CALLS = new ArrayList<>();

    @BeforeAll
    static void readScripts() throws IOException {
        Path cts = TestPackages.corpus().resolve("adl-cts");
        Properties commands = load(cts.resolve("Commands.properties"));
        Set<String> valueKeys = valueKeys(cts.resolve("Commands.properties"));
        try (Stream<Path> files = Files.list(cts.resolve("testcases"))) {
            // DDM tests adl.data (shared data buckets) only, and its values hold Windows paths whose "\\u" no
            // properties reader takes.
            for (Path file : files.filter(f -> f.toString().endsWith(".properties") && !f.endsWith("DDM.properties"))
                    .sorted().toList()) {
                Properties script = load(file);
                for (String key : script.stringPropertyNames()) {
                    if (key.contains(".commands.")) {
                        parse(file.getFileName() + " " + key, script.getProperty(key), commands, valueKeys)
                                .ifPresent(CALLS::add);
                    }
                }
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The abbreviations that stand for whole values (completed, suspend, true-false…), listed after "CMI DM Values". */
    private static Set<String> valueKeys(Path commandsFile) throws IOException {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        boolean values = false;
        for (String line : Files.readAllLines(commandsFile, StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("## CMI DM Values")) {
                values = true;
            } else if (line.startsWith("## ADL DM Values")) {
                values = false;
            } else if (values && line.contains("=") && !line.startsWith("#")) {
                keys.put(line.substring(0, line.indexOf('=')), true);
            }
        }
        return keys.keySet();
    }

    private static Optional<Call> parse(String where, String line, Properties commands, Set<String> valueKeys) {
        String[] parts = line.split("->", -1);
        if (parts.length < 4 || !(parts[0].equals("SET") || parts[0].equals("GET"))) {
            return Optional.empty();
        }
        String argument = String.join("->", List.of(parts).subList(1, parts.length - 2));
        int code = Integer.parseInt(parts[parts.length - 1].trim());
        int bang = argument.indexOf('!');
        String element = bang < 0 ? argument : argument.substring(0, bang);
        String value = bang < 0 ? null : argument.substring(bang + 1);
        if (parts[0].equals("GET")) {
            value = null; // after "!" a GET names the type its value is compared as
        } else if (value != null && valueKeys.contains(value)) {
            value = commands.getProperty(value);
        }
        List<String> names = new ArrayList<>();
        for (String token : element.split("~")) {
            // &id& stands for the index the script looks up by identifier; any index will do here.
            names.add(token.startsWith("&") && token.endsWith("&") ? "0" : commands.getProperty(token, token));
        }
        return Optional.of(new Call(where, parts[0], String.join(".", names), value, code));
    }

    private static boolean typedResponse(String element) {
        return element.matches("cmi\\.interactions\\.\\d+\\.(learner_response|correct_responses\\.\\d+\\.pattern)");
    }

    private static int code(Optional<CmiError> error) {
        return error.map(e -> e.code(ScormVersion.SCORM_2004)).orElse(0);
    }

    @Test
    void theScriptsAreThere() {
        assertTrue(CALLS.size() > 10_000, "the suite has over ten thousand data-model calls: " + CALLS.size());
    }

    @Test
    void everySetValueTheModelDecidesGivesTheScriptsErrorCode() {
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> checked = new HashMap<>();
        for (Call call : CALLS) {
            if (!call.method().equals("SET") || !call.element().startsWith("cmi") || !MODEL_CODES.contains(call.code())
                    || (call.code() == 406 && typedResponse(call.element()))) {
                continue;
            }
            int actual = code(MODEL.checkSet(call.element(), call.value()));
            checked.merge(call.code(), 1, Integer::sum);
            if (actual != call.code()) {
                String v = call.value() == null ? "" : call.value();
                wrong.add(call.where() + ": SetValue(" + call.element() + ", \"" + (v.length() > 60 ? v.substring(0, 60) + "…" : v)
                        + "\") expected " + call.code() + " but was " + actual);
            }
        }
        assertTrue(checked.getOrDefault(406, 0) > 100 && checked.getOrDefault(0, 0) > 1000, checked.toString());
        assertEquals(List.of(), wrong, wrong.size() + " of " + checked);
    }

    /**
     * The checks that need the attempt's state (collection order, 351; dependencies, 408), run along
     * each script in order with the names it has set so far. Visits of one activity share what was
     * stored; taking every earlier set of the activity can only fill gaps and dependencies, so no set
     * the scripts accept may be flagged, and every 408 must be. Only the data-model scripts (DMI, DMB,
     * API) start from an empty attempt: in the others the LMS has already filled cmi.objectives from
     * the manifest's objectives, which the scripts then address by identifier.
     */
    @Test
    void theStatefulChecksAgreeWithTheScriptsCallByCall() {
        List<Call> sets = CALLS.stream().filter(c -> c.method().equals("SET") && c.element().startsWith("cmi.")
                && c.where().matches("(DMI|DMB|API)\\.properties .*"))
                .sorted(java.util.Comparator.comparing(Call::visit).thenComparingInt(Call::number)).toList();
        Map<String, java.util.Set<String>> stored = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int dependencies = 0;
        int outOfOrder = 0;
        for (Call call : sets) {
            java.util.Set<String> names = stored.computeIfAbsent(call.activity(), a -> new java.util.TreeSet<>());
            java.util.Set<String> after = new java.util.TreeSet<>(names);
            after.add(call.element());
            boolean flaggedOrder = MODEL.outOfOrder(after).contains(call.element());
            boolean flaggedDependency = MODEL.dependencyMissing(after).contains(call.element());
            if (call.code() == 0) {
                names.add(call.element());
                if (flaggedOrder || flaggedDependency) {
                    wrong.add(call.where() + ": " + call.element() + " is accepted by the script but flagged"
                            + (flaggedOrder ? " out of order" : " without its dependency"));
                }
            } else if (call.code() == 408) {
                dependencies++;
                if (!flaggedDependency) {
                    wrong.add(call.where() + ": " + call.element() + " is 408 in the script but its dependency was not missed");
                }
            } else if (call.code() == 351 && flaggedOrder) {
                outOfOrder++;
            }
        }
        assertEquals(List.of(), wrong, wrong.size() + " wrong");
        assertTrue(dependencies >= 12, "408 calls checked: " + dependencies);
        assertTrue(outOfOrder >= 10, "351 calls found out of order: " + outOfOrder);
    }

    @Test
    void everyGetValueTheModelDecidesGivesTheScriptsErrorCode() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Call call : CALLS) {
            if (!call.method().equals("GET") || !call.element().startsWith("cmi")) {
                continue;
            }
            int actual = code(MODEL.checkGet(call.element()));
            // 301 and 403 come from the state (no such index yet, nothing stored yet): the model must let the call through.
            int expected = call.code() == 301 || call.code() == 403 ? 0 : call.code();
            if (!MODEL_CODES.contains(expected)) {
                continue;
            }
            checked++;
            if (actual != expected) {
                wrong.add(call.where() + ": GetValue(" + call.element() + ") expected " + expected + " but was " + actual);
            }
        }
        assertTrue(checked > 1000, "GetValue calls checked: " + checked);
        assertEquals(List.of(), wrong, wrong.size() + " wrong");
    }
}
