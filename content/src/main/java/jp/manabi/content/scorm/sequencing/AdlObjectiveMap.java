package jp.manabi.content.scorm.sequencing;

import java.util.Objects;

/** The 4th Edition's extended map to a global objective: raw, minimum and maximum score, completion and progress measure. */
public record AdlObjectiveMap(String targetObjectiveId,
        boolean readRawScore, boolean readMinScore, boolean readMaxScore, boolean readCompletionStatus,
        boolean readProgressMeasure,
        boolean writeRawScore, boolean writeMinScore, boolean writeMaxScore, boolean writeCompletionStatus,
        boolean writeProgressMeasure) {

    public AdlObjectiveMap {
        Objects.requireNonNull(targetObjectiveId);
    }
}
