package jp.manabi.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How people and programs sign in. People use our own login page, which hands the credentials
 * over with {@code SecurityContext.authenticate}; the session then remembers them. Programs calling
 * {@code /api/} send HTTP Basic credentials with each request and get 401, never a redirect.
 */
@ApplicationScoped
@AutoApplySession
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return validate(credential, context);
        }
        boolean api = request.getServletPath().startsWith("/api/") || request.getRequestURI().startsWith(
                request.getContextPath() + "/api/");
        String authorization = request.getHeader("Authorization");
        if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = basic(authorization.substring(6).strip());
            if (basic == null) {
                return unauthorized(response, context);
            }
            AuthenticationStatus status = validate(basic, context);
            return status == AuthenticationStatus.SUCCESS ? status : unauthorized(response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (api) {
            return unauthorized(response, context);
        }
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?from="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private AuthenticationStatus validate(Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Manabi\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
