package jp.manabi.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.manabi.mypage.MyPage;
import jp.manabi.mypage.MyPageService;
import jp.manabi.staff.EmployeeDetail;
import jp.manabi.staff.StaffFilter;
import jp.manabi.staff.StaffRow;
import jp.manabi.staff.StaffService;
import jp.manabi.staff.StaffSort;

/** Staff records over HTTP; what the caller may read is decided by the services. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    private StaffService staff;
    @Inject
    private MyPageService myPage;

    /** One page of the staff list (HR). */
    public record StaffPage(long total, List<StaffRow> rows) {
    }

    @GET
    @Path("staff")
    public StaffPage staff(@QueryParam("text") String text, @QueryParam("department") Long department,
            @QueryParam("grade") String grade, @QueryParam("sort") @DefaultValue("KANA") StaffSort sort,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("25") int size) {
        StaffFilter filter = new StaffFilter(text, department, grade);
        return new StaffPage(staff.count(filter), staff.page(filter, sort, true, first, size));
    }

    @GET
    @Path("employees/{id}")
    public EmployeeDetail employee(@PathParam("id") long id) {
        return staff.detail(id);
    }

    @GET
    @Path("me")
    public MyPage me() {
        return myPage.myPage();
    }
}
