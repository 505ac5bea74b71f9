package jp.manabi.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.manabi.web.i18n.Texts;

/** The login page: hands the typed credentials to the authentication mechanism and goes where the user was headed. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;
    @Inject
    private Texts texts;

    private String login;
    private String password;
    private String from;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A new session id on sign-in, so that a session id planted before login is worthless after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(login == null ? "" : login.strip(),
                        password == null ? "" : password)).newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + safeTarget(from));
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> texts.error("login.failed");
        }
    }

    /** Only a path inside the application: never an open redirect to another host. */
    static String safeTarget(String from) {
        if (from == null || !from.startsWith("/") || from.startsWith("//") || from.contains("\\")
                || from.startsWith("/login.xhtml")) {
            return "/my-page.xhtml";
        }
        return from;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
