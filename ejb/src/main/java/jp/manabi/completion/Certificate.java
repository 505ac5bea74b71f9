package jp.manabi.completion;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import jp.manabi.calendar.FiscalYear;

/**
 * What a completion certificate (修了証) shows: who completed which course on which day, the points
 * the completion gave per ability (in the policy's order), and the code HR checks it with.
 *
 * @param employeeName     「砂川 真由美」
 * @param employeeNumber   「1031」
 * @param departmentName   「人事係」
 * @param courseTitle      the Japanese title of the course
 * @param completedOn      the day of the completion
 * @param fiscalYear       the fiscal year the completion counts for
 * @param score            the score in percent, when the course has one
 * @param points           points by ability, in the order to print
 * @param verificationCode from {@link VerificationCode#code}
 */
public record Certificate(String employeeName, String employeeNumber, String departmentName, String courseTitle,
        LocalDate completedOn, FiscalYear fiscalYear, OptionalInt score, List<AbilityPoints> points,
        String verificationCode) {

    /** 「政策形成」 and the points the completion gives for it. */
    public record AbilityPoints(String abilityName, int points) {

        public AbilityPoints {
            Objects.requireNonNull(abilityName, "abilityName");
        }
    }

    public Certificate {
        Objects.requireNonNull(employeeName, "employeeName");
        Objects.requireNonNull(employeeNumber, "employeeNumber");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(verificationCode, "verificationCode");
        departmentName = departmentName == null ? "" : departmentName;
        fiscalYear = fiscalYear == null ? FiscalYear.containing(completedOn) : fiscalYear;
        score = score == null ? OptionalInt.empty() : score;
        points = points == null ? List.of() : List.copyOf(points);
    }
}
