package jp.manabi.web.completion;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.manabi.completion.CertificateService;
import jp.manabi.platform.AccessDeniedException;
import jp.manabi.platform.NotFoundException;
import jp.manabi.web.content.PathId;

/**
 * The certificate of a completion at {@code /certificates/<completion id>}, as a PDF saved under a
 * Japanese name, to the employee, the supervisors above them and HR; anyone else gets 403.
 */
@WebServlet("/certificates/*")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.util.OptionalLong found = PathId.of(request);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = found.getAsLong();
        CertificateService.CertificateFile file;
        try {
            file = certificates.certificate(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException | EJBException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(file.pdf().length);
        response.getOutputStream().write(file.pdf());
    }
}
