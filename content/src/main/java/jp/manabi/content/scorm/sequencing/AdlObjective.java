package jp.manabi.content.scorm.sequencing;

import java.util.List;
import java.util.Objects;

/**
 * SCORM 2004 4th Edition's extension of an IMS SS objective (adlseq:objective): maps that share
 * scores, completion and progress through global objectives too, not only satisfaction and
 * measure. It extends the IMS SS objective with the same ID on the same activity.
 */
public record AdlObjective(String objectiveId, List<AdlObjectiveMap> maps) {

    public AdlObjective {
        Objects.requireNonNull(objectiveId);
        maps = List.copyOf(maps);
    }
}
