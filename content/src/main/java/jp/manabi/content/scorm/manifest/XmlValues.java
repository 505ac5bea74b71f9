package jp.manabi.content.scorm.manifest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.manabi.content.runtime.ScormTime;

/**
 * The lexical forms of XML Schema's simple types as manifests use them. Only XML's own whitespace
 * (space, tab, CR, LF) is collapsed, as the schema types say; a no-break or em space inside
 * "true" stays an error.
 */
final class XmlValues {

    private static final Pattern XML_SPACE = Pattern.compile("[ \t\r\n]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern NON_NEGATIVE_INTEGER = Pattern.compile("\\+?\\d+");
    private static final Pattern DATE_TIME = Pattern.compile(
            "-?\\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    private XmlValues() {
    }

    static String collapse(String text) {
        if (text == null) {
            return "";
        }
        String collapsed = XML_SPACE.matcher(text).replaceAll(" ");
        int start = collapsed.startsWith(" ") ? 1 : 0;
        int end = collapsed.length() > start && collapsed.endsWith(" ") ? collapsed.length() - 1 : collapsed.length();
        return collapsed.substring(start, end);
    }

    /**
     * An identifier or a reference to one (xs:ID, xs:IDREF, objective IDs). The ADL sample LMS,
     * which the conformance suite was written against, decodes %20, trims and collapses spaces
     * before matching, and the suite's manifests rely on it.
     */
    static String identifier(String value) {
        return collapse(value.replace("%20", " "));
    }

    static Optional<Boolean> bool(String value) {
        return switch (collapse(value)) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static Optional<BigDecimal> decimal(String value) {
        String v = collapse(value);
        return DECIMAL.matcher(v).matches() ? Optional.of(new BigDecimal(v.startsWith("+") ? v.substring(1) : v))
                : Optional.empty();
    }

    /** A non-negative integer; values beyond int mean "practically unlimited" and are capped. */
    static Optional<Integer> nonNegativeInteger(String value) {
        String v = collapse(value);
        if (!NON_NEGATIVE_INTEGER.matcher(v).matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(v.startsWith("+") ? v.substring(1) : v);
        return Optional.of(number.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue());
    }

    static Optional<Duration> duration(String value) {
        try {
            return ScormTime.parseDuration(collapse(value));
        } catch (ArithmeticException tooLong) {
            return Optional.empty();
        }
    }

    static Optional<String> dateTime(String value) {
        String v = collapse(value);
        return DATE_TIME.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }
}
