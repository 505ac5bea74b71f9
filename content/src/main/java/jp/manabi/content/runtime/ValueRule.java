package jp.manabi.content.runtime;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a data-model element accepts: the data types of the SCORM 1.2 and 2004 run-time books. */
@FunctionalInterface
interface ValueRule {

    /** Empty when the value is acceptable, otherwise why not. */
    Optional<CmiError> check(String value);

    ValueRule ANY = value -> Optional.empty();

    /**
     * A SCORM 1.2 CMIString255 / CMIString4096: the bound is part of the type, so a longer value is
     * the wrong type (405). Counted in characters (code points), as the books count, not in bytes.
     */
    static ValueRule string(int maxChars) {
        return value -> value.codePointCount(0, value.length()) <= maxChars ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);
    }

    /**
     * A SCORM 2004 characterstring whose SPM (smallest permitted maximum) is only the least an LMS
     * must keep: the RTE lets an LMS keep more, and the ADL conformance scripts set a 259-character
     * interaction description (SPM 250) and expect "true" and 0. Manabi keeps such values whole.
     */
    ValueRule CHARACTERSTRING = value -> Optional.empty();

    /**
     * A SCORM 2004 characterstring the LMS keeps in a column of {@code columnChars} characters
     * (cmi.location, cmi.suspend_data): exactly the SPM, so every value the book promises to keep
     * fits, byte for byte; a longer one is refused rather than cut, as SPM exceeded (351).
     * Counted in characters (code points), as the book counts and as the database column does.
     */
    static ValueRule keptUpTo(int columnChars) {
        return value -> value.codePointCount(0, value.length()) <= columnChars ? Optional.empty() : Optional.of(CmiError.TOO_LONG);
    }

    /**
     * SCORM 2004 language_type: {@code langcode(-subcode)*}, the language code of two or three letters
     * (ISO 639) or {@code i} / {@code x}, each subcode 1–8 letters or digits (RFC 3066). The conformance
     * scripts set codes in any letter case (enG, art-lojban, sgn-BE-fr, i-klingon, zh-min-nan).
     */
    Pattern LANGUAGE = Pattern.compile("(?:[A-Za-z]{2,3}|[iIxX])(?:-[A-Za-z0-9]{1,8})*");

    /** cmi.learner_preference.language: a language_type, or empty for no preference. */
    ValueRule LANGUAGE_2004 = value -> value.isEmpty() || LANGUAGE.matcher(value).matches()
            ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);

    /**
     * SCORM 2004 localized_string_type: a characterstring that may begin with {@code {lang=xx}}; when it
     * does, xx must be a language_type ({@code {lang=}} is refused by the conformance scripts with 406).
     * As with every characterstring, the SPM is not a limit (see {@link #CHARACTERSTRING}).
     */
    ValueRule LOCALIZED_STRING = value -> {
        if (value.startsWith("{lang=") && value.indexOf('}') > 0) {
            String language = value.substring("{lang=".length(), value.indexOf('}'));
            return LANGUAGE.matcher(language).matches() ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);
        }
        return Optional.empty();
    };

    static ValueRule vocabulary(String... words) {
        Set<String> allowed = Set.of(words);
        return value -> allowed.contains(value) ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);
    }

    /** A decimal number within [min, max] (either may be null); blank allowed where SCORM 1.2 allows it. */
    static ValueRule decimal(BigDecimal min, BigDecimal max, boolean blankAllowed) {
        return value -> {
            if (value.isEmpty()) {
                return blankAllowed ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);
            }
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException e) {
                return Optional.of(CmiError.TYPE_MISMATCH);
            }
            if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
                return Optional.of(CmiError.OUT_OF_RANGE);
            }
            return Optional.empty();
        };
    }

    /**
     * SCORM 1.2 CMIDecimal: "a number that may have a decimal point", with an optional minus sign:
     * no plus sign, no exponent, no white space. The book says nothing against "5." or ".5", and the
     * browser runtime takes both, so the server does too. Out of [min, max] is 405 too, as 1.2 has no
     * range error. Blank (CMIBlank) where the element allows it, e.g. the scores.
     */
    Pattern CMI_DECIMAL = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)");

    static ValueRule cmiDecimal(BigDecimal min, BigDecimal max, boolean blankAllowed) {
        ValueRule range = decimal(min, max, blankAllowed);
        return value -> value.isEmpty() || CMI_DECIMAL.matcher(value).matches() ? range.check(value)
                : Optional.of(CmiError.TYPE_MISMATCH);
    }

    static ValueRule integer(int min, int max) {
        return value -> {
            if (!value.matches("-?\\d+")) {
                return Optional.of(CmiError.TYPE_MISMATCH);
            }
            long n;
            try {
                n = Long.parseLong(value);
            } catch (NumberFormatException e) {
                return Optional.of(CmiError.OUT_OF_RANGE);
            }
            return n < min || n > max ? Optional.of(CmiError.OUT_OF_RANGE) : Optional.empty();
        };
    }

    ValueRule TIMESPAN_12 = value -> ScormTime.parseTimespan(value).isPresent() ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);
    ValueRule DURATION_2004 = value -> ScormTime.parseDuration(value).isPresent() ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);

    /** SCORM 1.2 CMITime: a time of day HH:MM:SS with optional hundredths. */
    Pattern TIME_12 = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d{1,2})?");
    ValueRule TIME_OF_DAY_12 = value -> TIME_12.matcher(value).matches() ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);

    /**
     * SCORM 1.2 CMIIdentifier: "an alphanumeric group of characters with no white space or unprintable
     * characters in it. Maximum of 255 characters."
     */
    ValueRule IDENTIFIER_12 = value -> !value.isEmpty() && value.codePointCount(0, value.length()) <= 255
            && value.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
            ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);

    /**
     * SCORM 2004 long_identifier_type: a URI, so never empty and never with white space; a URN needs
     * both its namespace and its specific string (urn:NID:NSS), so "urn:" and "urn:ADL" are refused.
     * The SPM of 4000 characters is not a limit: the conformance scripts set 4001 characters and
     * expect "true".
     */
    ValueRule LONG_IDENTIFIER_2004 = value -> {
        boolean ok = !value.isEmpty() && value.chars().noneMatch(Character::isWhitespace)
                && (!value.startsWith("urn:") || value.matches("urn:[^:]+:.+"));
        return ok ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);
    };

    /**
     * SCORM 2004 time(second,10,0): {@code YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]} (2004 4th ed. RTE,
     * data types). Every
     * part may be cut off from the right, but a time zone only follows fractional seconds, which have
     * one or two digits; the year lies in 1970–2038; TZD is {@code Z}, {@code ±hh} or {@code ±hh:mm}.
     * The ADL conformance scripts refuse {@code 2004-04-01T09:45:58Z} and accept
     * {@code 2004-04-01T09:45:58.55Z}, exactly as this grammar says.
     */
    Pattern TIME_2004 = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2})(?::(\\d{2})(?::(\\d{2})"
            + "(?:\\.\\d{1,2}(Z|[+-](\\d{2})(?::(\\d{2}))?)?)?)?)?)?)?)?");

    ValueRule TIMESTAMP_2004 = value -> {
        java.util.regex.Matcher m = TIME_2004.matcher(value);
        if (!m.matches()) {
            return Optional.of(CmiError.TYPE_MISMATCH);
        }
        int year = Integer.parseInt(m.group(1));
        boolean ok = year >= 1970 && year <= 2038
                && within(m.group(2), 1, 12)
                && (m.group(3) == null || within(m.group(3), 1,
                        java.time.YearMonth.of(year, Integer.parseInt(m.group(2))).lengthOfMonth()))
                && within(m.group(4), 0, 23) && within(m.group(5), 0, 59) && within(m.group(6), 0, 59)
                && within(m.group(8), 0, 23) && within(m.group(9), 0, 59);
        return ok ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);
    };

    /** Whether an optional two-digit part lies within [min, max]. */
    private static boolean within(String digits, int min, int max) {
        if (digits == null) {
            return true;
        }
        int n = Integer.parseInt(digits);
        return n >= min && n <= max;
    }
}
