package jp.manabi.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.manabi.staff.StaffRow;
import jp.manabi.staff.StaffService;

/** A supervisor's team: the staff they supervise directly. */
@Named
@ViewScoped
public class TeamBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffService staff;

    private List<StaffRow> reports;

    @PostConstruct
    void load() {
        reports = staff.myReports();
    }

    public List<StaffRow> getReports() {
        return reports;
    }
}
