package jp.manabi.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import jp.manabi.account.Role;

/**
 * Who is calling a service, as the container authenticated them. Services ask this rather than
 * trusting an id the page sends, so that what a person may see is decided on the server.
 */
@RequestScoped
public class Caller {

    @Inject
    private SecurityContext securityContext;

    /** The login of the signed-in person, if anyone is signed in. */
    public Optional<String> login() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? Optional.empty() : Optional.of(principal.getName());
    }

    public boolean is(Role role) {
        return securityContext.isCallerInRole(role.name());
    }

    public boolean isAny(Role... roles) {
        for (Role role : roles) {
            if (is(role)) {
                return true;
            }
        }
        return false;
    }
}
