package jp.manabi.web.rest;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Readiness for the run command and load balancers: the application is deployed and its database answers. */
@Path("health/ready")
public class HealthResource {

    @Resource(lookup = "java:app/jdbc/manabi")
    private DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response ready() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? Response.ok("{\"status\":\"UP\"}").build()
                    : Response.status(Response.Status.SERVICE_UNAVAILABLE).entity("{\"status\":\"DOWN\"}").build();
        } catch (SQLException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).entity("{\"status\":\"DOWN\"}").build();
        }
    }
}
