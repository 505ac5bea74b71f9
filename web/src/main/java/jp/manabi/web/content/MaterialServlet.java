package jp.manabi.web.content;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import jp.manabi.course.CourseMaterial;
import jp.manabi.course.CourseService;
import jp.manabi.platform.AccessDeniedException;
import jp.manabi.platform.NotFoundException;
import jp.manabi.platform.Settings;

/**
 * A course material at {@code /materials/<id>}, to people who may take the course, with the type
 * recorded at upload and its original (Japanese) name for saving; HTML is sent as an attachment
 * so that a material cannot run script on our origin.
 */
@WebServlet("/materials/*")
public class MaterialServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseService courses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.util.OptionalLong found = PathId.of(request);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = found.getAsLong();
        CourseMaterial material;
        try {
            material = courses.material(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException | EJBException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Path root = Settings.contentDir().toAbsolutePath().normalize();
        Path file = root.resolve(material.getStoredPath()).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean inline = material.getContentType().startsWith("application/pdf");
        response.setContentType(material.getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(material.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
