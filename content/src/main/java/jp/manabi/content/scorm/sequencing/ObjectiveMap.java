package jp.manabi.content.scorm.sequencing;

import java.util.Objects;

/**
 * A link from a local objective to a global one: whether the local objective takes its
 * satisfaction and score from the global one (read), and gives them to it (write).
 */
public record ObjectiveMap(String targetObjectiveId, boolean readSatisfiedStatus, boolean readNormalizedMeasure,
        boolean writeSatisfiedStatus, boolean writeNormalizedMeasure) {

    public ObjectiveMap {
        Objects.requireNonNull(targetObjectiveId);
    }
}
