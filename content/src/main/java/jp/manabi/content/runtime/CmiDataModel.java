package jp.manabi.content.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run-time data model of a SCORM version: which {@code cmi.*} elements exist, whether a course
 * may read or write each, and what values it may write. The browser runtime applies its own rules
 * as the course calls the API; the server applies these again to what a commit carries, because a
 * commit is only a request from a browser. These follow the SCORM 1.2 RTE book and the SCORM 2004
 * 4th edition RTE book, and where the 2004 book leaves room, the ADL conformance test scripts
 * (AdlConformanceScriptsTest runs every call of theirs that the model decides).
 */
public final class CmiDataModel {

    /** Who may use an element: the course reads it, writes it, or both. */
    public enum Access { READ_ONLY, WRITE_ONLY, READ_WRITE }

    private record Definition(Pattern name, Access access, ValueRule rule) {
    }

    private static final String N = "\\d+";
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScormVersion version;
    private final List<Definition> definitions = new ArrayList<>();

    private CmiDataModel(ScormVersion version) {
        this.version = version;
    }

    public static CmiDataModel of(ScormVersion version) {
        CmiDataModel model = new CmiDataModel(version);
        if (version == ScormVersion.SCORM_12) {
            model.scorm12();
        } else {
            model.scorm2004();
        }
        return model;
    }

    public ScormVersion version() {
        return version;
    }

    private void define(String name, Access access, ValueRule rule) {
        definitions.add(new Definition(Pattern.compile(name.replace(".", "\\.").replace("\\.n\\.", "\\." + N + "\\.")
                .replace("\\.m\\.", "\\." + N + "\\.")), access, rule));
    }

    private void readOnly(String... names) {
        for (String name : names) {
            define(name, Access.READ_ONLY, ValueRule.ANY);
        }
    }

    private void scorm12() {
        // Scores are CMIDecimal or CMIBlank, normalised to 0–100 (1.2 RTE, cmi.core.score.raw).
        ValueRule score = ValueRule.cmiDecimal(ZERO, HUNDRED, true);
        ValueRule decimal = ValueRule.cmiDecimal(null, null, false);
        readOnly("cmi.core._children", "cmi.core.student_id", "cmi.core.student_name", "cmi.core.credit", "cmi.core.entry",
                "cmi.core.score._children", "cmi.core.total_time", "cmi.core.lesson_mode", "cmi.launch_data",
                "cmi.comments_from_lms", "cmi.objectives._children", "cmi.objectives._count",
                "cmi.objectives.n.score._children", "cmi.student_data._children", "cmi.student_data.mastery_score",
                "cmi.student_data.max_time_allowed", "cmi.student_data.time_limit_action", "cmi.student_preference._children",
                "cmi.interactions._children", "cmi.interactions._count", "cmi.interactions.n.objectives._count",
                "cmi.interactions.n.correct_responses._count");
        define("cmi.core.lesson_location", Access.READ_WRITE, ValueRule.string(255));
        // A course reports its own progress; "not attempted" is the LMS's to set, never the course's.
        define("cmi.core.lesson_status", Access.READ_WRITE,
                ValueRule.vocabulary("passed", "completed", "failed", "incomplete", "browsed"));
        define("cmi.core.score.raw", Access.READ_WRITE, score);
        define("cmi.core.score.min", Access.READ_WRITE, score);
        define("cmi.core.score.max", Access.READ_WRITE, score);
        define("cmi.core.exit", Access.WRITE_ONLY, ValueRule.vocabulary("time-out", "suspend", "logout", ""));
        define("cmi.core.session_time", Access.WRITE_ONLY, ValueRule.TIMESPAN_12);
        // Stored byte for byte; the 4096 of CMIString4096 is counted in characters, as the book counts.
        define("cmi.suspend_data", Access.READ_WRITE, ValueRule.string(ScormVersion.SCORM_12.suspendDataLimit()));
        define("cmi.comments", Access.READ_WRITE, ValueRule.string(4096));
        define("cmi.objectives.n.id", Access.READ_WRITE, ValueRule.IDENTIFIER_12);
        define("cmi.objectives.n.score.raw", Access.READ_WRITE, score);
        define("cmi.objectives.n.score.min", Access.READ_WRITE, score);
        define("cmi.objectives.n.score.max", Access.READ_WRITE, score);
        define("cmi.objectives.n.status", Access.READ_WRITE,
                ValueRule.vocabulary("passed", "completed", "failed", "incomplete", "browsed", "not attempted"));
        define("cmi.student_preference.audio", Access.READ_WRITE, ValueRule.integer(-1, 100));
        define("cmi.student_preference.language", Access.READ_WRITE, ValueRule.string(255));
        define("cmi.student_preference.speed", Access.READ_WRITE, ValueRule.integer(-100, 100));
        define("cmi.student_preference.text", Access.READ_WRITE, ValueRule.integer(-1, 1));
        define("cmi.interactions.n.id", Access.WRITE_ONLY, ValueRule.IDENTIFIER_12);
        define("cmi.interactions.n.objectives.m.id", Access.WRITE_ONLY, ValueRule.IDENTIFIER_12);
        define("cmi.interactions.n.time", Access.WRITE_ONLY, ValueRule.TIME_OF_DAY_12);
        define("cmi.interactions.n.type", Access.WRITE_ONLY, ValueRule.vocabulary("true-false", "choice", "fill-in",
                "matching", "performance", "sequencing", "likert", "numeric"));
        define("cmi.interactions.n.correct_responses.m.pattern", Access.WRITE_ONLY, ValueRule.string(255));
        define("cmi.interactions.n.weighting", Access.WRITE_ONLY, decimal);
        define("cmi.interactions.n.student_response", Access.WRITE_ONLY, ValueRule.string(255));
        define("cmi.interactions.n.result", Access.WRITE_ONLY, value -> value.matches("correct|wrong|unanticipated|neutral")
                ? Optional.empty() : decimal.check(value));
        define("cmi.interactions.n.latency", Access.WRITE_ONLY, ValueRule.TIMESPAN_12);
    }

    private void scorm2004() {
        ValueRule real = ValueRule.decimal(null, null, false);
        ValueRule scaled = ValueRule.decimal(ONE.negate(), ONE, false);
        ValueRule progress = ValueRule.decimal(ZERO, ONE, false);
        readOnly("cmi._version", "cmi.comments_from_learner._children", "cmi.comments_from_learner._count",
                "cmi.comments_from_lms._children", "cmi.comments_from_lms._count", "cmi.comments_from_lms.n.comment",
                "cmi.comments_from_lms.n.location", "cmi.comments_from_lms.n.timestamp", "cmi.completion_threshold",
                "cmi.credit", "cmi.entry", "cmi.interactions._children", "cmi.interactions._count",
                "cmi.interactions.n.objectives._count", "cmi.interactions.n.correct_responses._count", "cmi.launch_data",
                "cmi.learner_id", "cmi.learner_name", "cmi.learner_preference._children", "cmi.max_time_allowed",
                "cmi.mode", "cmi.objectives._children", "cmi.objectives._count", "cmi.objectives.n.score._children",
                "cmi.scaled_passing_score", "cmi.score._children", "cmi.time_limit_action", "cmi.total_time");
        define("cmi.comments_from_learner.n.comment", Access.READ_WRITE, ValueRule.LOCALIZED_STRING);
        define("cmi.comments_from_learner.n.location", Access.READ_WRITE, ValueRule.CHARACTERSTRING);
        define("cmi.comments_from_learner.n.timestamp", Access.READ_WRITE, ValueRule.TIMESTAMP_2004);
        define("cmi.completion_status", Access.READ_WRITE,
                ValueRule.vocabulary("completed", "incomplete", "not attempted", "unknown"));
        define("cmi.exit", Access.WRITE_ONLY, ValueRule.vocabulary("time-out", "suspend", "logout", "normal", ""));
        define("cmi.interactions.n.id", Access.READ_WRITE, ValueRule.LONG_IDENTIFIER_2004);
        define("cmi.interactions.n.type", Access.READ_WRITE, ValueRule.vocabulary("true-false", "choice", "fill-in",
                "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other"));
        define("cmi.interactions.n.objectives.m.id", Access.READ_WRITE, ValueRule.LONG_IDENTIFIER_2004);
        define("cmi.interactions.n.timestamp", Access.READ_WRITE, ValueRule.TIMESTAMP_2004);
        define("cmi.interactions.n.correct_responses.m.pattern", Access.READ_WRITE, ValueRule.ANY);
        define("cmi.interactions.n.weighting", Access.READ_WRITE, real);
        define("cmi.interactions.n.learner_response", Access.READ_WRITE, ValueRule.ANY);
        define("cmi.interactions.n.result", Access.READ_WRITE, value -> value.matches("correct|incorrect|unanticipated|neutral")
                ? Optional.empty() : real.check(value));
        define("cmi.interactions.n.latency", Access.READ_WRITE, ValueRule.DURATION_2004);
        define("cmi.interactions.n.description", Access.READ_WRITE, ValueRule.LOCALIZED_STRING);
        define("cmi.learner_preference.audio_level", Access.READ_WRITE, ValueRule.decimal(ZERO, null, false));
        define("cmi.learner_preference.language", Access.READ_WRITE, ValueRule.LANGUAGE_2004);
        define("cmi.learner_preference.delivery_speed", Access.READ_WRITE, ValueRule.decimal(ZERO, null, false));
        define("cmi.learner_preference.audio_captioning", Access.READ_WRITE, ValueRule.vocabulary("-1", "0", "1"));
        define("cmi.location", Access.READ_WRITE, ValueRule.keptUpTo(1000));
        define("cmi.objectives.n.id", Access.READ_WRITE, ValueRule.LONG_IDENTIFIER_2004);
        define("cmi.objectives.n.score.scaled", Access.READ_WRITE, scaled);
        define("cmi.objectives.n.score.raw", Access.READ_WRITE, real);
        define("cmi.objectives.n.score.min", Access.READ_WRITE, real);
        define("cmi.objectives.n.score.max", Access.READ_WRITE, real);
        define("cmi.objectives.n.success_status", Access.READ_WRITE, ValueRule.vocabulary("passed", "failed", "unknown"));
        define("cmi.objectives.n.completion_status", Access.READ_WRITE,
                ValueRule.vocabulary("completed", "incomplete", "not attempted", "unknown"));
        define("cmi.objectives.n.progress_measure", Access.READ_WRITE, progress);
        define("cmi.objectives.n.description", Access.READ_WRITE, ValueRule.LOCALIZED_STRING);
        define("cmi.progress_measure", Access.READ_WRITE, progress);
        define("cmi.score.scaled", Access.READ_WRITE, scaled);
        define("cmi.score.raw", Access.READ_WRITE, real);
        define("cmi.score.min", Access.READ_WRITE, real);
        define("cmi.score.max", Access.READ_WRITE, real);
        define("cmi.session_time", Access.WRITE_ONLY, ValueRule.DURATION_2004);
        define("cmi.success_status", Access.READ_WRITE, ValueRule.vocabulary("passed", "failed", "unknown"));
        // Stored byte for byte; the 64000 of the 4th edition's SPM is counted in characters, as the book counts.
        define("cmi.suspend_data", Access.READ_WRITE, ValueRule.keptUpTo(ScormVersion.SCORM_2004.suspendDataLimit()));
    }

    private Optional<Definition> definition(String element) {
        if (element == null) {
            return Optional.empty();
        }
        return definitions.stream().filter(d -> d.name().matcher(element).matches()).findFirst();
    }

    /** Whether the course may read an element (SCORM's GetValue). */
    public Optional<CmiError> checkGet(String element) {
        Optional<Definition> definition = definition(element);
        if (definition.isEmpty()) {
            return Optional.of(misusedKeyword(element).orElse(CmiError.UNDEFINED));
        }
        return definition.get().access() == Access.WRITE_ONLY ? Optional.of(CmiError.WRITE_ONLY) : Optional.empty();
    }

    /**
     * A keyword asked of an element that exists but does not have it: _children of an element
     * without children (1.2: 202), _count of one that is not a collection (1.2: 203), _version of
     * anything but cmi (1.2 has no _version: 401). SCORM 2004 reports all three as 301, the
     * extension error conditions "does not have children / cannot have count / does not have version".
     */
    private Optional<CmiError> misusedKeyword(String element) {
        if (element == null) {
            return Optional.empty();
        }
        for (var keyword : List.of(Map.entry("._children", CmiError.NO_CHILDREN), Map.entry("._count", CmiError.NOT_A_COLLECTION),
                Map.entry("._version", CmiError.NO_VERSION))) {
            if (element.endsWith(keyword.getKey())) {
                String parent = element.substring(0, element.length() - keyword.getKey().length());
                return exists(parent) ? Optional.of(keyword.getValue()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a name is an element or a group of elements (cmi.core, cmi.objectives.3) of this model. */
    private boolean exists(String name) {
        if (definition(name).isPresent()) {
            return true;
        }
        // A group exists when some element's name goes on from it: the definition's pattern, run over
        // "name.", fails only for want of more input.
        String group = name + ".";
        return definitions.stream().anyMatch(d -> {
            Matcher m = d.name().matcher(group);
            return !m.matches() && m.hitEnd();
        });
    }

    private static final Pattern INDEX = Pattern.compile("\\.(\\d+)(?=\\.|$)");

    /**
     * The names among {@code elements} whose collection index leaves a gap. Collections are packed
     * arrays: a course writes index n only once 0 to n-1 exist, which SCORM 2004 reports as 351 (the
     * extension error condition "data model element collection set out of order"); the 1.2 book tells
     * courses to append at _count. Whether an index exists is the attempt's state, not the model's, so
     * the caller passes every name the attempt would hold (what is stored and what a commit adds);
     * the order of a commit's elements then does not matter. Nested collections are counted per parent
     * (cmi.interactions.0.objectives and cmi.interactions.1.objectives each start at 0).
     */
    public Set<String> outOfOrder(Collection<String> elements) {
        Map<String, Set<Long>> present = new HashMap<>();
        for (String element : elements) {
            indexes(element, (collection, n) -> present.computeIfAbsent(collection, k -> new HashSet<>()).add(n));
        }
        // How far each collection is packed: its first missing index. An index below it has all its
        // predecessors; no index at or past it can (it is present, the gap is below it).
        Map<String, Long> packed = new HashMap<>();
        present.forEach((collection, indexes) -> {
            long first = 0;
            while (indexes.contains(first)) {
                first++;
            }
            packed.put(collection, first);
        });
        Set<String> outOfOrder = new TreeSet<>();
        for (String element : elements) {
            indexes(element, (collection, n) -> {
                if (n >= packed.get(collection)) {
                    outOfOrder.add(element);
                }
            });
        }
        return outOfOrder;
    }

    private static final Pattern NEEDS_INTERACTION_ID = Pattern.compile("(cmi\\.interactions\\.\\d+)\\.(?!id$).+");
    private static final Pattern NEEDS_INTERACTION_TYPE =
            Pattern.compile("(cmi\\.interactions\\.\\d+)\\.(learner_response|correct_responses\\.\\d+\\.pattern)");
    private static final Pattern NEEDS_OBJECTIVE_ID = Pattern.compile("(cmi\\.objectives\\.\\d+)\\.(?!id$).+");

    /**
     * The names among {@code elements} written before what they depend on, which SCORM 2004 reports as
     * 408 (data model dependency not established): everything of an interaction or an objective but
     * its id needs the id, and an interaction's learner_response and correct responses also need its
     * type, since the type decides their format. Like {@link #outOfOrder}, this looks at every name
     * the attempt would hold. SCORM 1.2 has no such rule: its interactions are write-only records.
     */
    public Set<String> dependencyMissing(Collection<String> elements) {
        Set<String> missing = new TreeSet<>();
        if (version == ScormVersion.SCORM_12) {
            return missing;
        }
        Set<String> present = new HashSet<>(elements);
        for (String element : elements) {
            if (element.contains("._")) {
                continue; // a keyword is never written
            }
            Matcher interaction = NEEDS_INTERACTION_ID.matcher(element);
            Matcher typed = NEEDS_INTERACTION_TYPE.matcher(element);
            Matcher objective = NEEDS_OBJECTIVE_ID.matcher(element);
            if (interaction.matches() && !present.contains(interaction.group(1) + ".id")
                    || typed.matches() && !present.contains(typed.group(1) + ".type")
                    || objective.matches() && !present.contains(objective.group(1) + ".id")) {
                missing.add(element);
            }
        }
        return missing;
    }

    /** Each collection index in a name, with the collection it indexes (cmi.interactions.3.objectives.0 → both). */
    private static void indexes(String element, java.util.function.ObjLongConsumer<String> consumer) {
        Matcher m = INDEX.matcher(element);
        while (m.find()) {
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                n = Long.MAX_VALUE;
            }
            consumer.accept(element.substring(0, m.start()), n);
        }
    }

    /** Whether the course may write this value to an element (SCORM's SetValue). */
    public Optional<CmiError> checkSet(String element, String value) {
        Optional<Definition> definition = definition(element);
        if (definition.isEmpty()) {
            return Optional.of(CmiError.UNDEFINED);
        }
        if (definition.get().access() == Access.READ_ONLY) {
            boolean keyword = element.endsWith("._children") || element.endsWith("._count") || element.endsWith("._version");
            return Optional.of(keyword ? CmiError.KEYWORD : CmiError.READ_ONLY);
        }
        return definition.get().rule().check(value == null ? "" : value);
    }
}
