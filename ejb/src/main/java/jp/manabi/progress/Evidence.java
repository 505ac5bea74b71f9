package jp.manabi.progress;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * A completion as evidence of development: when, what, of which kind, the grade held that day, and
 * the points per ability it gave (as the course gave them then).
 */
public record Evidence(long completionId, LocalDate date, String title, String kind, String gradeCode,
        Map<String, Integer> points) implements Serializable {
}
