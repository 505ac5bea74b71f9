package jp.manabi.content.runtime;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a data-model element accepts: the data types of the SCORM 1.2 and 2004 run-time books. */
@FunctionalInterface
interface ValueRule {

    /** Empty when the value is acceptable, otherwise why not. */
    Optional<CmiError> check(String value);

    ValueRule ANY = value -> Optional.empty();

    static ValueRule string(int maxChars) {
        return value -> value.codePointCount(0, value.length()) <= maxChars ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);
    }

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

    /** SCORM 1.2 CMIIdentifier: up to 255 characters without white space. */
    ValueRule IDENTIFIER_12 = value -> !value.isEmpty() && value.length() <= 255 && value.chars().noneMatch(Character::isWhitespace)
            ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);

    /** SCORM 2004 long_identifier_type: non-empty, at most 4000 characters, no white space; a URN needs its parts. */
    ValueRule LONG_IDENTIFIER_2004 = value -> {
        boolean ok = !value.isEmpty() && value.length() <= 4000 && value.chars().noneMatch(Character::isWhitespace)
                && (!value.startsWith("urn:") || value.matches("urn:[^:]+:.+"));
        return ok ? Optional.empty() : Optional.of(CmiError.TYPE_MISMATCH);
    };

    /** SCORM 2004 time(second,10,0): an ISO 8601 date and time, the zone optional. */
    ValueRule TIMESTAMP_2004 = value -> {
        try {
            if (value.matches(".*(Z|[+-]\\d{2}(:?\\d{2})?)$")) {
                OffsetDateTime.parse(value.replaceFirst("([+-]\\d{2})$", "$1:00"));
            } else {
                LocalDateTime.parse(value);
            }
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(CmiError.TYPE_MISMATCH);
        }
    };
}
