package jp.manabi.web.progress;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.organisation.DepartmentService;
import jp.manabi.policy.Ability;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyService;
import jp.manabi.progress.GradeReport;
import jp.manabi.progress.ProgressService;
import jp.manabi.web.i18n.Texts;
import jp.manabi.web.organisation.DepartmentChoice;

/**
 * HR's view of a fiscal year: per grade and ability, the share of people who met the target, in
 * the whole organisation or under one department; a cell opens the list of those who did not.
 */
@Named
@ViewScoped
public class GradeReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @Inject
    private ProgressService progress;
    @Inject
    private PolicyService policy;
    @Inject
    private DepartmentService departmentService;
    @Inject
    private Texts texts;

    private int year = FiscalYear.containing(LocalDate.now()).startYear();
    /** 「GA1 総務課」 as chosen in the autocomplete, or empty for everyone. */
    private String department;
    private Long departmentId;
    private GradeReport report;
    private String gradeCode;
    private String abilityCode;
    private List<GradeReport.Behind> behind = List.of();
    /** The employee number each page after the first starts after, so that "previous" can go back. */
    private final List<String> pageStarts = new java.util.ArrayList<>();
    private transient DepartmentChoice departments;

    public void show() {
        departmentId = null;
        if (department != null && !department.isBlank()) {
            departmentId = departments().idOf(department).orElse(null);
            if (departmentId == null) {
                texts.error("progress.unknownDepartment", department);
                return;
            }
        }
        report = progress.gradeReport(year, departmentId);
        gradeCode = null;
        abilityCode = null;
        behind = List.of();
        pageStarts.clear();
    }

    /** Lists who of the grade did not meet the ability's target. */
    public void open(String grade, String ability) {
        gradeCode = grade;
        abilityCode = ability;
        pageStarts.clear();
        load(null);
    }

    public void nextPage() {
        List<GradeReport.Behind> shown = getBehind();
        pageStarts.add(shown.get(shown.size() - 1).employeeNumber());
        load(pageStarts.get(pageStarts.size() - 1));
    }

    public void previousPage() {
        if (!pageStarts.isEmpty()) {
            pageStarts.remove(pageStarts.size() - 1);
        }
        load(pageStarts.isEmpty() ? null : pageStarts.get(pageStarts.size() - 1));
    }

    /** One more row than a page, to know whether there is a next one. */
    private void load(String afterNumber) {
        behind = progress.behind(year, departmentId, gradeCode, abilityCode, afterNumber, PAGE + 1);
    }

    public GradeReport getReport() {
        if (report == null) {
            report = progress.gradeReport(year, departmentId);
        }
        return report;
    }

    public List<GradeReport.Behind> getBehind() {
        return behind.size() > PAGE ? behind.subList(0, PAGE) : behind;
    }

    public boolean isMore() {
        return behind.size() > PAGE;
    }

    public boolean isFirstPage() {
        return pageStarts.isEmpty();
    }

    public List<String> completeDepartment(String query) {
        return departments().complete(query);
    }

    private DepartmentChoice departments() {
        if (departments == null) {
            departments = new DepartmentChoice(departmentService::all);
        }
        return departments;
    }

    public List<Grade> getGrades() {
        return policy.grades();
    }

    public List<Ability> getAbilities() {
        return policy.abilities();
    }

    public List<Integer> getYears() {
        int now = FiscalYear.containing(LocalDate.now()).startYear();
        return List.of(now, now - 1, now - 2, now - 3, now - 4);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getGradeCode() {
        return gradeCode;
    }

    public String getAbilityCode() {
        return abilityCode;
    }
}
