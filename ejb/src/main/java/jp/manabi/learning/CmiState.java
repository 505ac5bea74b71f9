package jp.manabi.learning;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import jp.manabi.content.runtime.CmiDataModel;
import jp.manabi.content.runtime.CmiError;
import jp.manabi.content.runtime.ScormVersion;

/**
 * The run-time data of one attempt as the server keeps it: every element the SCO wrote, by dotted
 * name. A commit is applied only after each element it carries has passed the data model; the
 * read-only elements a browser echoes back (learner name, total time, entry…) are the LMS's own and
 * are ignored, never taken from the browser.
 */
public final class CmiState {

    /** An element of a commit the data model refuses, with the SCORM error code. */
    public record Refusal(String element, String value, int errorCode) {
    }

    private final ScormVersion version;
    private final CmiDataModel model;
    private final SortedMap<String, String> values;

    private CmiState(ScormVersion version, SortedMap<String, String> values) {
        this.version = version;
        this.model = CmiDataModel.of(version);
        this.values = values;
    }

    public static CmiState empty(ScormVersion version) {
        return new CmiState(version, new TreeMap<>());
    }

    /** The state an attempt stored: its JSON data plus the location and suspend data kept in columns of their own. */
    public static CmiState restore(ScormVersion version, String json, String location, String suspendData, String exit) {
        SortedMap<String, String> values = new TreeMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json == null || json.isBlank() ? "{}" : json))) {
            for (Map.Entry<String, JsonValue> e : reader.readObject().entrySet()) {
                if (e.getValue() instanceof JsonString s) {
                    values.put(e.getKey(), s.getString());
                }
            }
        }
        CmiState state = new CmiState(version, values);
        state.putIfPresent(state.locationElement(), location);
        state.putIfPresent("cmi.suspend_data", suspendData);
        state.putIfPresent(state.exitElement(), exit);
        return state;
    }

    private void putIfPresent(String element, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(element, value);
        }
    }

    public ScormVersion version() {
        return version;
    }

    /**
     * Checks every element of a commit against the data model and takes in those that pass.
     * {@code launchValues} are what the LMS gave the SCO at launch: a browser runtime echoes them
     * (1.2's "not attempted", empty scores) even where a SCO could not write them, so an echo is
     * not a refusal. An element the model refuses is left out and reported, the others are kept:
     * browser runtimes are more lenient than the books (a timestamp with milliseconds, an
     * identifier with a space), and refusing the whole commit for one such value would lose the
     * learner's progress with it. Returns the refusals.
     */
    public List<Refusal> apply(Map<String, String> commit, Map<String, String> launchValues) {
        List<Refusal> refusals = new ArrayList<>();
        SortedMap<String, String> accepted = new TreeMap<>();
        for (Map.Entry<String, String> e : commit.entrySet()) {
            String element = e.getKey();
            String value = e.getValue() == null ? "" : e.getValue();
            if (!element.startsWith("cmi.") || element.endsWith("._children") || element.endsWith("._count")
                    || element.endsWith("._version")) {
                continue;
            }
            Optional<CmiError> error = model.checkSet(element, value);
            if (error.isEmpty() && value.indexOf('\0') >= 0) {
                // A NUL cannot be stored (PostgreSQL text refuses it) and no SCO needs one.
                error = Optional.of(CmiError.TYPE_MISMATCH);
            }
            if (error.isEmpty()) {
                if (!value.equals(values.get(element))) {
                    accepted.put(element, value);
                }
                continue;
            }
            CmiError refused = error.get();
            boolean lmsOwned = refused == CmiError.READ_ONLY || refused == CmiError.KEYWORD;
            boolean echo = value.isEmpty() || value.equals(launchValues.get(element));
            if (lmsOwned || echo) {
                continue;
            }
            refusals.add(new Refusal(element, value.length() > 80 ? value.substring(0, 80) + "…" : value,
                    refused.code(version)));
        }
        values.putAll(accepted);
        return refusals;
    }

    public Optional<String> get(String element) {
        return Optional.ofNullable(values.get(element));
    }

    public Optional<BigDecimal> decimal(String element) {
        return get(element).filter(v -> !v.isBlank()).flatMap(v -> {
            try {
                return Optional.of(new BigDecimal(v.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public String locationElement() {
        return version == ScormVersion.SCORM_12 ? "cmi.core.lesson_location" : "cmi.location";
    }

    public String exitElement() {
        return version == ScormVersion.SCORM_12 ? "cmi.core.exit" : "cmi.exit";
    }

    public String sessionTimeElement() {
        return version == ScormVersion.SCORM_12 ? "cmi.core.session_time" : "cmi.session_time";
    }

    public String scoreElement(String part) {
        return (version == ScormVersion.SCORM_12 ? "cmi.core.score." : "cmi.score.") + part;
    }

    public String location() {
        return values.getOrDefault(locationElement(), "");
    }

    public String suspendData() {
        return values.getOrDefault("cmi.suspend_data", "");
    }

    public String exit() {
        return values.getOrDefault(exitElement(), "");
    }

    public Optional<String> sessionTime() {
        return get(sessionTimeElement());
    }

    /** Clears what belongs to one session only (exit and session time) before the next launch. */
    public void startSession() {
        values.remove(exitElement());
        values.remove(sessionTimeElement());
    }

    /** The elements whose name starts with the prefix, e.g. every interaction. */
    public SortedMap<String, String> under(String prefix) {
        return values.subMap(prefix, prefix + Character.MAX_VALUE);
    }

    /** Everything but what has columns of its own or lasts one session, as the JSON object the attempt stores. */
    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach((k, v) -> {
            if (!k.equals(locationElement()) && !k.equals("cmi.suspend_data") && !k.equals(exitElement())
                    && !k.equals(sessionTimeElement())) {
                json.add(k, v);
            }
        });
        JsonObject object = json.build();
        return object.toString();
    }

    /** Every element the SCO wrote, for the next launch of the same attempt. */
    public Map<String, String> values() {
        return java.util.Collections.unmodifiableSortedMap(values);
    }
}
