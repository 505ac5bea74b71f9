package jp.manabi.content.scorm.manifest;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How much progress makes an activity complete (adlcp:completionThreshold). The 3rd Edition wrote
 * the threshold as the element's text; the 4th Edition uses attributes: whether completion is
 * judged by the progress measure at all, the minimum progress measure, and the weight of the
 * activity's progress in its parent's.
 *
 * @param value the 3rd Edition threshold (element text), if written
 */
public record CompletionThreshold(Optional<BigDecimal> value, boolean completedByMeasure, BigDecimal minProgressMeasure,
        BigDecimal progressWeight) {

    public static final BigDecimal DEFAULT_MIN_PROGRESS_MEASURE = new BigDecimal("1.0");
    public static final BigDecimal DEFAULT_PROGRESS_WEIGHT = new BigDecimal("1.0");

    public CompletionThreshold {
        Objects.requireNonNull(value);
        Objects.requireNonNull(minProgressMeasure);
        Objects.requireNonNull(progressWeight);
    }
}
