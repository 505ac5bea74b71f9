package jp.manabi.learning;

import java.util.List;

/** What happened to a commit. */
public record CommitResult(Status status, List<CmiState.Refusal> refusals, boolean courseCompleted) {

    public enum Status {
        /** Stored; elements the data model refuses (listed) were left out. */
        ACCEPTED,
        /** Older than or the same as one already stored: ignored, nothing overwritten. */
        STALE,
        /** The activity was launched again elsewhere; this launch may no longer write. */
        SUPERSEDED,
        /** The attempt's data would grow beyond what is kept; nothing was stored. */
        REFUSED
    }
}
