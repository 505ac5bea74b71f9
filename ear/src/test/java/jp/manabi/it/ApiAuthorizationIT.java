package jp.manabi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Who may read what, asked of the real services through the API: an employee reads only their own
 * record, a supervisor also the staff under them, HR everyone; nobody unsigned gets anything.
 */
public class ApiAuthorizationIT extends ManabiIT {

    private long idOf(String number) throws Exception {
        JsonObject page = Api.as(this, HR, PASSWORD).json("api/staff?text=" + number);
        return page.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void anEmployeeSeesTheirOwnPageWithGradeRolesAndTargets() throws Exception {
        JsonObject me = Api.as(this, EMPLOYEE, PASSWORD).json("api/me");
        assertEquals(EMPLOYEE, me.getJsonObject("me").getString("employeeNumber"));
        assertEquals("係員", me.getString("gradeNameJa"));
        assertEquals("一般職", me.getString("tierNameJa"));
        assertEquals(3, me.getJsonArray("expectations").size(), "係員: 業務遂行, 業務改善, 人材育成");
        assertEquals("業務遂行", me.getJsonArray("expectations").getJsonObject(0).getString("roleNameJa"));
        assertEquals(4, me.getJsonArray("targets").size(), "one target per ability");
    }

    @Test
    void anEmployeeCannotListStaffOrReadAnotherRecord() throws Exception {
        Api employee = Api.as(this, EMPLOYEE, PASSWORD);
        assertEquals(403, employee.status("api/staff"));
        assertEquals(403, employee.status("api/employees/" + idOf(HR)));
        assertEquals(200, employee.status("api/employees/" + idOf(EMPLOYEE)));
    }

    @Test
    void aSupervisorReadsTheirStaffButNobodyElse() throws Exception {
        Api supervisor = Api.as(this, SUPERVISOR, PASSWORD);
        assertEquals(200, supervisor.status("api/employees/" + idOf(EMPLOYEE)));
        assertEquals(403, supervisor.status("api/employees/" + idOf(HR)));
        assertEquals(403, supervisor.status("api/staff"));
    }

    @Test
    void hrListsEveryoneAndFiltersByGrade() throws Exception {
        Api hr = Api.as(this, HR, PASSWORD);
        assertTrue(hr.json("api/staff?size=100").getJsonNumber("total").longValue() >= 60);
        JsonObject directors = hr.json("api/staff?grade=DIRECTOR");
        assertEquals(5, directors.getJsonNumber("total").longValue(), "five 部長 in the demo city");
        assertEquals(200, hr.status("api/employees/" + idOf(ADMIN)));
        assertEquals(404, hr.status("api/employees/999999999"));
    }

    @Test
    void wrongOrMissingCredentialsGetNothing() throws Exception {
        assertEquals(401, Api.as(this, EMPLOYEE, "wrong-password").status("api/me"));
        assertEquals(401, Api.as(this, "no-such-user", PASSWORD).status("api/me"));
        assertEquals(401, Api.anonymous(this).status("api/me"));
        assertEquals(200, Api.anonymous(this).status("api/health/ready"));
    }
}
