package jp.manabi.it.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One ADL SCORM 2004 4th Edition LMS test script ({@code adl-cts/testcases/<name>.properties}), read the way the ADL
 * test suite reads it: line by line (a key may repeat, T-01b does), a trailing backslash joins the next line as it
 * stands, {@code \\uXXXX} is a character, and every other backslash is kept.
 *
 * <p>The script is an ordered list of launches ({@link Step}): {@code Act3V2} is the second block for the item whose
 * launch parameters say {@code act=3}; the V number is only a label (DDM skips one), the order of the blocks is the
 * order the LMS must launch them in. Each command line {@code SET->c~LOC!test->f->132} becomes a {@link Command} with
 * the element and value expanded through {@code Commands.properties} exactly as the ADL parser expands them (values of
 * SetValue are looked up too: {@code t} is {@code true}, {@code X.s} is {@code suspend}, {@code es} is empty) and with
 * the check the ADL evaluator applies to it ({@link Check}).
 */
public final class AdlScript {

    /** How the ADL evaluator judges one call (TestCaseEvaluator.evaluateCurrentResult). */
    public enum Check {
        /** Return value equal to the expected one, and GetLastError equal. */
        EXACT,
        /** GetValue: value equal for the element's type (reals as numbers, durations as time…), and the error code. */
        TYPED,
        /** GetErrorString/GetDiagnostic: fewer than 255 characters, and the error code. */
        LESS255,
        /** GetErrorString: an empty string, and the error code. */
        EMPTY,
        /** cmi.learner_name: only the error code. */
        ERROR_ONLY,
        /** cmi.learner_id: any value (it is the LMS's own), and the error code. */
        LEARNER_ID,
        /** adl.nav.request_valid.continue/previous: true, false or unknown, and the error code. */
        REQUEST_VALID,
        /** adl.nav.request_valid.choice/jump: true, false or unknown, error code not checked. */
        REQUEST_VALID_VALUE,
        /** cmi.comments_from_lms…: error 0, 301 or 403 (or 401 for cmi.comments_from_lms itself). */
        COMMENTS_FROM_LMS,
        /** GetValue of …{@code &id&}.id: the id found, and the error code. */
        PLACEHOLDER_ID,
        /** compareObjIds: cmi.objectives ids are exactly the listed ones. */
        OBJECTIVE_IDS
    }

    /** One scripted API call. {@code element} may hold an {@code &id&} placeholder (an objective or data id). */
    public record Command(String source, String method, String element, String value, String param, String expected,
            String expectedError, Check check, String interactionType, List<String> objectives) {
    }

    /** One expected launch: the activity ({@code act} parameter), its commands, and what the learner does after it. */
    public record Step(String key, String act, List<Command> commands, String cui, String uiQuestions,
            String uiAnswers) {
    }

    private final String name;
    private final Map<String, String> info;
    private final List<Step> steps;

    private AdlScript(String name, Map<String, String> info, List<Step> steps) {
        this.name = name;
        this.info = Collections.unmodifiableMap(info);
        this.steps = List.copyOf(steps);
    }

    /** The file's name without {@code .properties} (API, DDM, CM-01…). */
    public String name() {
        return name;
    }

    public String title() {
        return info.getOrDefault("title", name);
    }

    /** {@code .} for a normal start, an item title to choose from the TOC, or a package name (DDMa). */
    public String start() {
        return info.getOrDefault("start", ".");
    }

    /** title, UserInterAct, start, purpose, RTDInit, seqInfo, TT, end. */
    public Map<String, String> info() {
        return info;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The last step's CUI: how the test ends (Exit, AutoTest, HasEnded, TRIGExitAll, ChoiceExit~…). */
    public String ending() {
        return steps.isEmpty() ? "" : steps.get(steps.size() - 1).cui();
    }

    /** {@code Commands.properties}: abbreviation to text. */
    public static final class Abbreviations {
        private final Properties table = new Properties();

        public Abbreviations(Properties table) {
            this.table.putAll(table);
        }

        public static Abbreviations read(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                Properties table = new Properties();
                table.load(in);
                return new Abbreviations(table);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The text for a key, formatted with the arguments; a key not in the table stands for itself. */
        public String get(String key, Object... args) {
            String text = table.getProperty(key);
            return text == null ? key : String.format(text, args);
        }
    }

    public static AdlScript read(Path file, Abbreviations abbreviations) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
            return parse(name, Files.readString(file, StandardCharsets.ISO_8859_1), abbreviations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AdlScript parse(String name, String text, Abbreviations abbreviations) {
        Map<String, String> info = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        String currentKey = null;
        List<Command> commands = new ArrayList<>();
        String cui = "";
        String uiq = "";
        String uia = "";
        for (String line : logicalLines(text)) {
            if (line.contains("####") || line.isBlank() || line.startsWith("#") || line.indexOf('=') < 0) {
                continue;
            }
            String key = line.substring(0, line.indexOf('='));
            String value = line.substring(line.indexOf('=') + 1);
            if (!key.startsWith("Act")) {
                info.put(key, value);
                continue;
            }
            int dot = key.indexOf('.');
            String stepKey = dot < 0 ? key : key.substring(0, dot);
            if (!stepKey.equals(currentKey)) {
                if (currentKey != null) {
                    steps.add(step(currentKey, commands, cui, uiq, uia));
                }
                currentKey = stepKey;
                commands = new ArrayList<>();
                cui = "";
                uiq = "";
                uia = "";
            }
            String field = dot < 0 ? "" : key.substring(dot + 1);
            if (field.startsWith("UIQ")) {
                uiq = value;
            } else if (field.startsWith("UIA")) {
                uia = value;
            } else if (field.startsWith("CUI")) {
                cui = value;
            } else if (field.startsWith("commands")) {
                Command command = command(unicode(value), abbreviations);
                if (command != null) {
                    commands.add(command);
                }
            }
        }
        if (currentKey != null) {
            steps.add(step(currentKey, commands, cui, uiq, uia));
        }
        return new AdlScript(name, info, steps);
    }

    private static Step step(String key, List<Command> commands, String cui, String uiq, String uia) {
        int v = key.lastIndexOf('V');
        String act = key.substring(3, v > 3 ? v : key.length());
        return new Step(key, act, List.copyOf(commands), cui, uiq, uia);
    }

    /** Physical lines joined where one ends in a backslash (the next is appended as it stands). */
    static List<String> logicalLines(String text) {
        String[] physical = text.split("\r\n|\r|\n", -1);
        List<String> lines = new ArrayList<>();
        StringBuilder current = null;
        for (String line : physical) {
            if (current == null) {
                current = new StringBuilder(line);
            } else {
                current.append(line);
            }
            if (current.length() > 0 && current.charAt(current.length() - 1) == '\\') {
                current.setLength(current.length() - 1);
                continue;
            }
            lines.add(current.toString());
            current = null;
        }
        if (current != null) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** {@code \\uXXXX} to its character; any other backslash stays, with what follows it. */
    static String unicode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 >= value.length()) {
                out.append(c);
            } else if (value.charAt(i + 1) == 'u' && i + 6 <= value.length()
                    && value.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                out.append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c).append(value.charAt(i + 1));
                i++;
            }
        }
        return out.toString();
    }

    /** One command line as the ADL LMSParser reads it, or null for one it skips. */
    static Command command(String source, Abbreviations ab) {
        String[] parts = source.split("->");
        String abbreviation = parts[0];
        String method = method(ab.get(abbreviation));
        switch (abbreviation) {
            case "GET", "I", "C" -> {
                String param = parts.length > 1 ? parts[1] : "";
                String expected = "";
                for (int i = 2; i < parts.length - 1; i++) {
                    String looked = ab.get(parts[i]);
                    expected = looked.isEmpty() && !parts[i].isEmpty() ? parts[i] : looked;
                }
                String error = parts.length > 2 ? parts[parts.length - 1] : "";
                String type = "";
                String element = param;
                if (param.contains("~")) {
                    String[] bits = param.split("~");
                    if (bits.length > 1 && bits[1].equals("INTR") && param.contains("!")) {
                        for (int j = 0; j < bits.length; j++) {
                            if (bits[j].contains("!")) {
                                String[] typed = bits[j].split("!");
                                type = typed.length > 1 ? ab.get(typed[1]) : "";
                                bits[j] = typed[0];
                            }
                        }
                    }
                    element = getElement(bits, param, ab);
                }
                if (!abbreviation.equals("GET")) {
                    return new Command(source, method, "", "", element, expected, error, Check.EXACT, "", List.of());
                }
                Check check;
                if (param.contains("LN") || param.contains("LI")) {
                    check = element.contains("learner_name") ? Check.ERROR_ONLY : Check.LEARNER_ID;
                } else {
                    check = getCheck(element, expected);
                }
                return new Command(source, method, element, "", "", expected, error, check, type, List.of());
            }
            case "SET" -> {
                String element = setElementAndValue(parts.length > 1 ? parts[1] : "", ab);
                String expected = "";
                for (int i = 2; i < parts.length - 1; i++) {
                    expected = ab.get(parts[i]);
                }
                String error = parts.length > 2 ? parts[parts.length - 1] : "";
                int bang = element.indexOf('!');
                String value = bang < 0 ? "" : element.substring(bang + 1);
                String target = bang < 0 ? element : element.substring(0, bang);
                return new Command(source, method, target, value, "", expected, error, Check.EXACT, "", List.of());
            }
            case "GES", "GeDi" -> {
                String param = parts.length > 1 ? parts[1] : "";
                String expected = parts.length > 2 ? parts[2] : "";
                String error = parts.length > 3 ? parts[3] : "";
                Check check;
                if (abbreviation.equals("GeDi")) {
                    check = Check.LESS255;
                } else if (expected.equals("less255")) {
                    check = Check.LESS255;
                } else if (expected.equals("emptyCS")) {
                    check = Check.EMPTY;
                } else {
                    check = Check.EXACT;
                }
                return new Command(source, method, "", "", param, expected, error, check, "", List.of());
            }
            case "GLE" -> {
                String expected = parts.length > 2 ? parts[2] : "";
                String error = parts.length > 3 ? parts[3] : "";
                return new Command(source, method, "", "", "", expected, error, Check.EXACT, "", List.of());
            }
            case "T" -> {
                return new Command(source, method, "", "", parts.length > 1 ? parts[1] : "", "", "", Check.EXACT, "",
                        List.of());
            }
            case "COI" -> {
                String list = parts.length > 1 ? parts[1] : "";
                return new Command(source, method, "", "", list, "", "", Check.OBJECTIVE_IDS, "",
                        List.of(list.split(",")));
            }
            default -> {
                return null; // the ADL parser skips what it does not know (DMI has one line without its GET->)
            }
        }
    }

    /** doGetValue → GetValue; compareObjIds stays. */
    private static String method(String adlName) {
        return adlName.startsWith("do") ? adlName.substring(2) : adlName;
    }

    private static String getElement(String[] bits, String param, Abbreviations ab) {
        if (bits.length == 6 && param.contains("a~n~r")) {
            return ab.get(bits[0]) + "." + ab.get(bits[1]) + "." + ab.get(bits[2]) + "." + ab.get(bits[3]) + "."
                    + ab.get(bits[4], bits[5]);
        }
        StringBuilder element = new StringBuilder();
        for (int j = 0; j < bits.length; j++) {
            if (j > 0) {
                element.append('.');
            }
            element.append(ab.get(bits[j]));
        }
        return element.toString();
    }

    private static Check getCheck(String element, String expected) {
        if (element.contains("request_valid.choice") || element.contains("request_valid.jump")) {
            return Check.REQUEST_VALID_VALUE;
        }
        if (!element.contains("_children") && element.contains("comments_from_lms")) {
            return Check.COMMENTS_FROM_LMS;
        }
        if (!expected.isEmpty() && !element.contains("_count")) {
            return element.contains("request_valid") ? Check.REQUEST_VALID : Check.TYPED;
        }
        if (element.contains("&") && element.contains(".id")) {
            return Check.PLACEHOLDER_ID;
        }
        return Check.EXACT;
    }

    /** The SetValue key, {@code element!value}, as LMSParser.parseSetCommandsDMParams builds it. */
    private static String setElementAndValue(String key, Abbreviations ab) {
        String[] bits = key.split("~");
        String start = ab.get(bits[0]);
        switch (bits.length) {
            case 2 -> {
                String[] last = finalSplit(bits);
                return start + "." + ab.get(last[0]) + "!" + ab.get(last[1]);
            }
            case 3 -> {
                String[] last = finalSplit(bits);
                return start + "." + ab.get(bits[1]) + "." + ab.get(last[0]) + "!" + ab.get(last[1]);
            }
            case 4 -> {
                String[] last = finalSplit(bits);
                return start + "." + ab.get(bits[1]) + "." + bits[2] + "." + ab.get(last[0]) + "!" + ab.get(last[1]);
            }
            case 5 -> {
                if (key.contains("a~n~r")) {
                    String[] request = bits[2].split("!");
                    return start + "." + ab.get(bits[1]) + "." + ab.get(request[0]) + "!"
                            + ab.get(request.length > 1 ? request[1] : "", bits[3]) + ab.get(bits[4]);
                }
                String[] last = bits[4].split("!", 2);
                return start + "." + ab.get(bits[1]) + "." + ab.get(bits[2]) + "." + ab.get(bits[3]) + "."
                        + ab.get(last[0]) + "!" + ab.get(last.length > 1 ? last[1] : "");
            }
            case 6 -> {
                String[] last = finalSplit(bits);
                return start + "." + ab.get(bits[1]) + "." + ab.get(bits[2]) + "." + ab.get(bits[3]) + "."
                        + ab.get(bits[4]) + "." + ab.get(last[0]) + "!" + ab.get(last[1]);
            }
            default -> {
                return start;
            }
        }
    }

    private static String[] finalSplit(String[] bits) {
        String last = bits[bits.length - 1];
        int bang = last.indexOf('!');
        if (bang < 0) {
            return new String[] {last, ""};
        }
        return new String[] {last.substring(0, bang), last.substring(bang + 1)};
    }
}
