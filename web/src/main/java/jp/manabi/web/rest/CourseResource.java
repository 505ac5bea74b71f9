package jp.manabi.web.rest;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.manabi.course.CourseService;
import jp.manabi.course.CourseUploadService;
import jp.manabi.course.PackageRefusedException;
import jp.manabi.course.UploadResult;

/** Courses over HTTP: the catalogue, and uploading a SCORM package (trainers and HR). */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    private CourseService courses;
    @Inject
    private CourseUploadService uploads;

    /** A problem with an uploaded package, in the language the caller asked for. */
    public record Problem(String code, String severity, String location, String message) {
    }

    @GET
    public List<CourseService.CourseSummary> catalogue() {
        return courses.catalogue();
    }

    /** Publishes a course (its owners and HR). */
    @POST
    @Path("{id}/publish")
    public Response publish(@jakarta.ws.rs.PathParam("id") long id) {
        courses.publish(id);
        return Response.noContent().build();
    }

    /** Retires a course (its owners and HR). */
    @POST
    @Path("{id}/retire")
    public Response retire(@jakarta.ws.rs.PathParam("id") long id) {
        courses.retire(id);
        return Response.noContent().build();
    }

    /**
     * Takes a package as the body ({@code application/zip}): a new course, published at once unless
     * {@code publish=false}, or with {@code course=<id>} the next version of one. 201 with the
     * course and package ids; 400 with every problem when the package is refused (nothing kept).
     */
    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(InputStream body, @QueryParam("title") String title, @QueryParam("course") Long courseId,
            @QueryParam("publish") @jakarta.ws.rs.DefaultValue("true") boolean publish, @Context HttpServletRequest request) {
        // Refuse before reading a large body; the service checks again.
        if (!request.isUserInRole("TRAINER") && !request.isUserInRole("HR") && !request.isUserInRole("ADMIN")) {
            return Response.status(Response.Status.FORBIDDEN).entity(Map.of("error", "forbidden")).build();
        }
        Locale locale = request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.JAPANESE;
        try {
            UploadResult result = uploads.upload(body, title, courseId, publish);
            List<String> warnings = locale == Locale.ENGLISH ? result.warningsEn() : result.warningsJa();
            return Response.status(Response.Status.CREATED).entity(Map.of("course", result.courseId(), "package",
                    result.packageId(), "revision", result.revision(), "title", result.title(), "edition", result.edition(),
                    "activities", result.activities(), "warnings", warnings)).build();
        } catch (PackageRefusedException e) {
            List<Problem> problems = e.problems().stream().map(p -> new Problem(p.code().name(), p.severity().name(),
                    p.location(), p.message(locale))).toList();
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("problems", problems)).build();
        }
    }
}
