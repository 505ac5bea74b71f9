package jp.manabi.progress;

import java.io.Serializable;
import java.util.List;
import jp.manabi.calendar.FiscalYear;

/**
 * One person's fiscal year: the grade whose targets apply, each ability against its target, the
 * evidence, the role expectations of the grade and the courses that would close the largest gap.
 */
public record EmployeeProgress(long employeeId, String employeeNumber, String name, FiscalYear year, String gradeCode,
        String gradeNameJa, String gradeNameEn, List<AbilityProgress> abilities, List<Evidence> evidence,
        List<Expectation> expectations, List<Recommendation> recommendations) implements Serializable {

    /** A role the grade is expected to play, in the policy's words, with this year's evidence from courses tagged with it. */
    public record Expectation(String roleJa, String roleEn, String textJa, String textEn, List<String> evidence)
            implements Serializable {
    }

    /** A published course open to the person, not yet completed, with the points it gives to the ability behind most. */
    public record Recommendation(long courseId, String title, String titleEn, String abilityCode, int points)
            implements Serializable {
    }

    public boolean allMet() {
        return abilities.stream().allMatch(AbilityProgress::met);
    }
}
