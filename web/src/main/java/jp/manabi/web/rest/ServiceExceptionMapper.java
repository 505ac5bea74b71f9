package jp.manabi.web.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import jp.manabi.platform.AccessDeniedException;
import jp.manabi.platform.NotFoundException;
import jp.manabi.platform.ValidationFailedException;

/** What the services refuse, as HTTP status codes: 403 for not allowed, 404 for not found, 400 for bad input. */
@Provider
public class ServiceExceptionMapper implements ExceptionMapper<RuntimeException> {

    @Override
    public Response toResponse(RuntimeException exception) {
        Throwable e = exception;
        while (e instanceof EJBException && !denied(e) && e.getCause() != null) {
            e = e.getCause();
        }
        if (denied(e)) {
            return status(Response.Status.FORBIDDEN, "forbidden");
        }
        if (e instanceof NotFoundException) {
            return status(Response.Status.NOT_FOUND, "not found");
        }
        if (e instanceof ValidationFailedException v) {
            return status(Response.Status.BAD_REQUEST, v.getMessageKey());
        }
        if (e instanceof jakarta.ws.rs.WebApplicationException w) {
            return w.getResponse();
        }
        return status(Response.Status.INTERNAL_SERVER_ERROR, "error");
    }

    /** The container refuses a role check with EJBAccessException, or AccessLocalException on a local view. */
    private static boolean denied(Throwable e) {
        return e instanceof EJBAccessException || e instanceof AccessLocalException || e instanceof AccessDeniedException;
    }

    private static Response status(Response.Status status, String error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", error)).build();
    }
}
