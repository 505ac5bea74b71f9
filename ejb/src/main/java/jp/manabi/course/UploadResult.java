package jp.manabi.course;

import java.io.Serializable;
import java.util.List;

/** A package taken in: the course it belongs to, its revision, and what it bends (warnings, ja and en). */
public record UploadResult(long courseId, long packageId, int revision, String title, String edition,
        int activities, List<String> warningsJa, List<String> warningsEn) implements Serializable {
}
