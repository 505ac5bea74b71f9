package jp.manabi.mypage;

import java.io.Serializable;
import java.util.List;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.staff.EmployeeDetail;

/** What My page shows, gathered in one call so the page reads one consistent picture. */
public record MyPage(EmployeeDetail me, String gradeNameJa, String gradeNameEn, String tierNameJa, String tierNameEn,
        FiscalYear fiscalYear, List<Expectation> expectations, List<Target> targets) implements Serializable {

    /** A role the grade expects and what it means at that grade. */
    public record Expectation(String roleNameJa, String roleNameEn, String textJa, String textEn) implements Serializable {
    }

    /** The points of one ability the grade should earn this fiscal year. */
    public record Target(String abilityCode, String abilityNameJa, String abilityNameEn, int points) implements Serializable {
    }
}
