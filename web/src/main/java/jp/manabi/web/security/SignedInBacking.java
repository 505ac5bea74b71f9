package jp.manabi.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.manabi.staff.StaffService;

/** The name in the page header: who is signed in, read once per session. */
@Named
@SessionScoped
public class SignedInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffService staff;
    @Inject
    private jakarta.security.enterprise.SecurityContext security;

    private String login;
    private String name;

    public String getName() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            return "";
        }
        // Someone else may sign in within the same session: read the name again for them.
        if (name == null || !principal.getName().equals(login)) {
            var me = staff.me();
            login = principal.getName();
            name = me.getName().full() + " (" + me.getEmployeeNumber() + ")";
        }
        return name;
    }
}
