package jp.manabi.content.scorm;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One thing found wrong with an uploaded package: what (the code), how bad (the severity), where
 * (a zip entry name, or an XPath-like place in the manifest such as
 * {@code organization[@identifier='X']/item[@identifier='Y']}), and the values the message
 * quotes. The message itself comes from the bundles in Japanese or English, so that the trainer
 * reads it in the language of the page and the same problem can be stored and shown again later.
 */
public record PackageProblem(ProblemCode code, Severity severity, String location, List<String> arguments)
        implements Serializable {

    /** Errors refuse the package; warnings let it in with a note. */
    public enum Severity {
        ERROR,
        WARNING
    }

    private static final String BUNDLE = "jp.manabi.content.scorm.Messages";

    public PackageProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        location = location == null ? "" : location;
        arguments = List.copyOf(arguments);
    }

    /** A problem with the usual severity of its code. */
    public static PackageProblem of(ProblemCode code, String location, String... arguments) {
        return new PackageProblem(code, code.usualSeverity(), location, List.of(arguments));
    }

    public static PackageProblem error(ProblemCode code, String location, String... arguments) {
        return new PackageProblem(code, Severity.ERROR, location, List.of(arguments));
    }

    public static PackageProblem warning(ProblemCode code, String location, String... arguments) {
        return new PackageProblem(code, Severity.WARNING, location, List.of(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in Japanese for a Japanese locale, otherwise in English. */
    public String message(Locale locale) {
        // Without the no-fallback control, asking for English on a server whose default locale is
        // Japanese would fall back to the default locale's bundle and answer in Japanese.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale,
                PackageProblem.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormat format = new MessageFormat(bundle.getString(code.name()), bundle.getLocale());
        return format.format(arguments.toArray());
    }

    public String japanese() {
        return message(Locale.JAPANESE);
    }

    public String english() {
        return message(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return severity + " " + code + (location.isEmpty() ? "" : " at " + location) + ": " + english();
    }
}
