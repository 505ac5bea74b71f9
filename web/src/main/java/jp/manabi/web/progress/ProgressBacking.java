package jp.manabi.web.progress;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.progress.EmployeeProgress;
import jp.manabi.progress.ProgressService;
import jp.manabi.web.i18n.Texts;
import org.omnifaces.cdi.Param;

/**
 * One person's progress against their grade's targets for a fiscal year: mine by default, or an
 * employee's ({@code ?employee=}) for their supervisors and HR; the service refuses anyone else.
 */
@Named
@RequestScoped
public class ProgressBacking {

    @Inject
    private ProgressService service;
    @Inject
    private Texts texts;
    @Inject
    @Param(name = "employee")
    private Long employee;
    @Inject
    @Param(name = "year")
    private Integer year;

    private EmployeeProgress progress;
    private String chart;

    public EmployeeProgress getProgress() {
        if (progress == null) {
            int fiscalYear = getYear();
            progress = employee == null ? service.mine(fiscalYear) : service.of(employee, fiscalYear);
        }
        return progress;
    }

    public String getChart() {
        if (chart == null) {
            chart = ProgressChart.bars(getProgress(), texts);
        }
        return chart;
    }

    public int getYear() {
        FiscalYear now = FiscalYear.containing(LocalDate.now());
        return year == null || year < 2000 || year > now.startYear() + 1 ? now.startYear() : year;
    }

    /** This year and the four before it. */
    public List<Integer> getYears() {
        int now = FiscalYear.containing(LocalDate.now()).startYear();
        return List.of(now, now - 1, now - 2, now - 3, now - 4);
    }

    public Long getEmployee() {
        return employee;
    }
}
