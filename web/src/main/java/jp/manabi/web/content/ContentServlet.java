package jp.manabi.web.content;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.manabi.course.CourseService;
import jp.manabi.platform.AccessDeniedException;
import jp.manabi.platform.NotFoundException;

/**
 * Serves the files of an unpacked package at {@code /content/<package>/<path>}, on the
 * application's own origin so that a SCO finds the player's API in its parent window. Only people
 * allowed to take the course get them (asked of the course service once per package and session);
 * paths that leave the package folder are refused; content types come from a fixed list so that a
 * package cannot make the browser sniff a script out of a text file.
 */
@WebServlet("/content/*")
public class ContentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ALLOWED = ContentServlet.class.getName() + ".folders";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=UTF-8"), Map.entry("htm", "text/html;charset=UTF-8"),
            Map.entry("xhtml", "application/xhtml+xml"), Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("mjs", "text/javascript;charset=UTF-8"), Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"), Map.entry("xsd", "application/xml"),
            Map.entry("dtd", "application/xml-dtd"), Map.entry("txt", "text/plain;charset=UTF-8"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("svg", "image/svg+xml"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("bmp", "image/bmp"), Map.entry("mp3", "audio/mpeg"),
            Map.entry("wav", "audio/wav"), Map.entry("ogg", "audio/ogg"), Map.entry("m4a", "audio/mp4"),
            Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"), Map.entry("vtt", "text/vtt;charset=UTF-8"),
            Map.entry("pdf", "application/pdf"), Map.entry("swf", "application/x-shockwave-flash"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"), Map.entry("eot", "application/vnd.ms-fontobject"),
            Map.entry("zip", "application/zip"), Map.entry("jar", "application/java-archive"),
            Map.entry("properties", "text/plain;charset=UTF-8"));

    @Inject
    private CourseService courses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        String info = request.getPathInfo();
        if (info == null || info.length() < 2) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int slash = info.indexOf('/', 1);
        long packageId;
        try {
            packageId = Long.parseLong(slash < 0 ? info.substring(1) : info.substring(1, slash));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String relative = slash < 0 ? "" : info.substring(slash + 1);
        if (relative.isEmpty() || relative.indexOf('\0') >= 0 || relative.contains("\\")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path folder = folder(request, packageId);
        if (folder == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Path file = folder.resolve(relative).normalize();
        // The importer refused links and "..", but the path comes from the browser: check again.
        if (!file.startsWith(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        response.setContentType(type == null ? "application/octet-stream" : type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // A package folder never changes: a new upload is a new folder.
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setContentLengthLong(Files.size(file));
        if (body) {
            Files.copy(file, response.getOutputStream());
        }
    }

    /** The package's folder if the caller may open it, remembered in the session; null if not. */
    private Path folder(HttpServletRequest request, long packageId) {
        HttpSession session = request.getSession();
        @SuppressWarnings("unchecked")
        Map<Long, String> allowed = (Map<Long, String>) session.getAttribute(ALLOWED);
        if (allowed != null && allowed.containsKey(packageId)) {
            return Path.of(allowed.get(packageId));
        }
        try {
            Path folder = courses.contentFolder(packageId).toAbsolutePath().normalize();
            Map<Long, String> updated = allowed == null ? new ConcurrentHashMap<>() : new ConcurrentHashMap<>(allowed);
            updated.put(packageId, folder.toString());
            // Set again (not only changed) so that the session replicates to the other nodes.
            session.setAttribute(ALLOWED, updated);
            return folder;
        } catch (NotFoundException | AccessDeniedException e) {
            return null;
        } catch (EJBException e) {
            return null;
        }
    }
}
