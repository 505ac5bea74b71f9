package jp.manabi.learning;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** An employee's own learning: what is in progress, what was assigned and when it is due, what is finished. */
public record MyLearning(List<InProgress> inProgress, List<Assigned> assigned, List<Done> completed) implements Serializable {

    /** A course started and not finished, with how many of its activities are complete. */
    public record InProgress(long courseId, String title, String titleEn, int completedActivities, int activities,
            LocalDateTime lastLaunchedAt) implements Serializable {
    }

    /** A course a supervisor or HR assigned, not yet completed. */
    public record Assigned(long courseId, String title, String titleEn, LocalDate dueOn, boolean overdue)
            implements Serializable {
    }

    /** A completion with its points per ability code. */
    public record Done(long completionId, Long courseId, String title, LocalDate completedOn, BigDecimal score,
            Map<String, Integer> points) implements Serializable {
    }
}
