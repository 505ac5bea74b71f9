package jp.manabi.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.manabi.staff.StaffRow;
import jp.manabi.staff.StaffService;

/** A supervisor's team: the staff they supervise directly, and how far each is against their grade's targets. */
@Named
@ViewScoped
public class TeamBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffService staff;
    @Inject
    private jp.manabi.progress.ProgressService progress;

    private List<StaffRow> reports;
    private List<jp.manabi.progress.TeamRow> team;
    private int year;

    @PostConstruct
    void load() {
        reports = staff.myReports();
        year = jp.manabi.calendar.FiscalYear.containing(java.time.LocalDate.now()).startYear();
        team = progress.team(year);
    }

    /** Each report against their grade's targets this fiscal year, those behind on most abilities first. */
    public List<jp.manabi.progress.TeamRow> getTeam() {
        return team;
    }

    public int getYear() {
        return year;
    }

    public List<StaffRow> getReports() {
        return reports;
    }
}
