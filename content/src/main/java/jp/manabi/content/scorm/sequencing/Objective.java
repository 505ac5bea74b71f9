package jp.manabi.content.scorm.sequencing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learning objective an activity tracks. The primary one is the activity's own success; it may
 * be satisfied by a score (satisfiedByMeasure with minNormalizedMeasure, the passing score the LMS
 * hands the SCO), and it may read and write global objectives shared with other activities.
 *
 * @param objectiveId required on other objectives, optional on the primary one
 */
public record Objective(boolean primary, Optional<String> objectiveId, boolean satisfiedByMeasure,
        BigDecimal minNormalizedMeasure, List<ObjectiveMap> maps) {

    public static final BigDecimal DEFAULT_MIN_NORMALIZED_MEASURE = new BigDecimal("1.0");

    public Objective {
        Objects.requireNonNull(objectiveId);
        Objects.requireNonNull(minNormalizedMeasure);
        maps = List.copyOf(maps);
    }
}
