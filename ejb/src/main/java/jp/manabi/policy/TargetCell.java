package jp.manabi.policy;

import java.io.Serializable;

/** One cell of the targets grid: a grade, an ability and the points its holders should earn in the year. */
public record TargetCell(String gradeCode, String abilityCode, int points) implements Serializable {
}
