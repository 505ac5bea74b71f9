package jp.manabi.content.scorm.sequencing;

import java.util.Objects;
import java.util.Optional;

/** Whether a cluster picks a random subset of its children (selectCount) and shuffles them, and when. */
public record RandomizationControls(RandomizationTiming randomizationTiming, Optional<Integer> selectCount,
        boolean reorderChildren, RandomizationTiming selectionTiming) {

    public static final RandomizationControls DEFAULT = new RandomizationControls(RandomizationTiming.NEVER,
            Optional.empty(), false, RandomizationTiming.NEVER);

    public RandomizationControls {
        Objects.requireNonNull(randomizationTiming);
        Objects.requireNonNull(selectCount);
        Objects.requireNonNull(selectionTiming);
    }
}
