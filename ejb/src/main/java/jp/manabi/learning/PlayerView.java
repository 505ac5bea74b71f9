package jp.manabi.learning;

import java.io.Serializable;
import java.util.List;

/**
 * What the player page shows of a course for the signed-in learner: the table of contents with
 * each entry's progress, and where to start (where the learner stopped, or the first entry).
 */
public record PlayerView(long courseId, String title, String version, List<Entry> entries, String startAt,
        boolean completed) implements Serializable {

    /** One entry of the table of contents. */
    public record Entry(String identifier, String title, int depth, boolean launchable, boolean visible, String kind,
            String status, boolean completed) implements Serializable {
    }
}
