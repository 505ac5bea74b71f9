package jp.manabi.content.scorm.manifest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.manabi.content.scorm.ProblemCode;
import org.w3c.dom.Element;

/**
 * Typed values of manifest attributes and elements, with a problem for each one that is written
 * but not valid. Strict values (sequencing, completion, shared data) refuse the package when
 * invalid, because guessing them changes what the learner may do; lenient ones (visibility,
 * mastery score, time limit action, hidden controls) fall back to their default with a warning.
 */
final class Values {

    enum Strictness {
        STRICT, LENIENT
    }

    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    Optional<Boolean> bool(Optional<String> raw, String location, Strictness strictness) {
        return check(raw, XmlValues::bool, location, "true | false", strictness);
    }

    boolean bool(Element element, String attribute, boolean fallback, String elementLocation, Strictness strictness) {
        return bool(Dom.attribute(element, attribute), Locations.attribute(elementLocation, attribute), strictness)
                .orElse(fallback);
    }

    Optional<BigDecimal> decimal(Optional<String> raw, BigDecimal min, BigDecimal max, String location,
            Strictness strictness) {
        return check(raw, v -> XmlValues.decimal(v).filter(d -> d.compareTo(min) >= 0 && d.compareTo(max) <= 0), location,
                min.toPlainString() + " … " + max.toPlainString(), strictness);
    }

    BigDecimal decimal(Element element, String attribute, BigDecimal fallback, BigDecimal min, BigDecimal max,
            String elementLocation, Strictness strictness) {
        return decimal(Dom.attribute(element, attribute), min, max, Locations.attribute(elementLocation, attribute),
                strictness).orElse(fallback);
    }

    Optional<Integer> nonNegativeInteger(Element element, String attribute, String elementLocation, Strictness strictness) {
        return check(Dom.attribute(element, attribute), XmlValues::nonNegativeInteger,
                Locations.attribute(elementLocation, attribute), "0, 1, 2 …", strictness);
    }

    Optional<Duration> duration(Element element, String attribute, String elementLocation, Strictness strictness) {
        return check(Dom.attribute(element, attribute), XmlValues::duration, Locations.attribute(elementLocation, attribute),
                "xs:duration (PT1H30M)", strictness);
    }

    Optional<String> dateTime(Element element, String attribute, String elementLocation, Strictness strictness) {
        return check(Dom.attribute(element, attribute), XmlValues::dateTime, Locations.attribute(elementLocation, attribute),
                "xs:dateTime (2025-04-01T09:00:00)", strictness);
    }

    /** A value from a fixed vocabulary, matched exactly after whitespace is collapsed. */
    <E extends Enum<E>> Optional<E> token(Optional<String> raw, E[] vocabulary, Function<E, String> tokenOf,
            String location, Strictness strictness) {
        return check(raw, v -> Arrays.stream(vocabulary).filter(e -> tokenOf.apply(e).equals(XmlValues.collapse(v)))
                .findFirst(), location, Arrays.stream(vocabulary).map(tokenOf).collect(Collectors.joining(" | ")),
                strictness);
    }

    <E extends Enum<E>> E token(Element element, String attribute, E fallback, E[] vocabulary, Function<E, String> tokenOf,
            String elementLocation, Strictness strictness) {
        return token(Dom.attribute(element, attribute), vocabulary, tokenOf, Locations.attribute(elementLocation, attribute),
                strictness).orElse(fallback);
    }

    /** A required token: its absence is an error of its own. */
    <E extends Enum<E>> Optional<E> requiredToken(Element element, String attribute, E[] vocabulary,
            Function<E, String> tokenOf, String elementLocation) {
        Optional<String> raw = Dom.attribute(element, attribute);
        if (raw.isEmpty()) {
            problems.error(ProblemCode.REQUIRED_MISSING, elementLocation, "@" + attribute);
            return Optional.empty();
        }
        return token(raw, vocabulary, tokenOf, Locations.attribute(elementLocation, attribute), Strictness.STRICT);
    }

    private <T> Optional<T> check(Optional<String> raw, Function<String, Optional<T>> parse, String location,
            String expected, Strictness strictness) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(raw.get());
        if (value.isEmpty()) {
            if (strictness == Strictness.STRICT) {
                problems.error(ProblemCode.INVALID_SEQUENCING_VALUE, location, raw.get(), expected);
            } else {
                problems.warning(ProblemCode.INVALID_VALUE, location, raw.get(), expected);
            }
        }
        return value;
    }
}
