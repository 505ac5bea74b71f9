package jp.manabi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.progress.EmployeeProgress;
import jp.manabi.progress.GradeReport;
import jp.manabi.progress.ProgressService;
import jp.manabi.progress.TeamRow;

/** Progress against the grade targets over HTTP; who may read whose is decided by the service. */
@Path("progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    private ProgressService progress;

    @GET
    @Path("me")
    public EmployeeProgress mine(@QueryParam("year") Integer year) {
        return progress.mine(year(year));
    }

    @GET
    @Path("employees/{id}")
    public EmployeeProgress of(@PathParam("id") long id, @QueryParam("year") Integer year) {
        return progress.of(id, year(year));
    }

    @GET
    @Path("team")
    public List<TeamRow> team(@QueryParam("year") Integer year) {
        return progress.team(year(year));
    }

    @GET
    @Path("grades")
    public GradeReport grades(@QueryParam("year") Integer year, @QueryParam("department") Long department) {
        return progress.gradeReport(year(year), department);
    }

    private static int year(Integer year) {
        return year == null ? FiscalYear.containing(LocalDate.now()).startYear() : year;
    }
}
