package jp.manabi.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import jp.manabi.platform.Caller;
import jp.manabi.platform.NotFoundException;
import jp.manabi.platform.AccessDeniedException;
import jp.manabi.platform.ValidationFailedException;

/** Signing in, and who holds which role. */
@Stateless
public class AccountService {

    /** A dummy hash to verify against when the login is unknown, so timing does not reveal which logins exist. */
    private static volatile String unknownUserHash;

    @Inject
    private AccountRepository accounts;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private Caller caller;

    /** Checks a login and password; the identity store of the web module calls this before anyone is signed in. */
    @PermitAll
    public Optional<SignInResult> signIn(String login, String password) {
        if (login == null || password == null || login.isBlank() || password.isEmpty() || login.length() > 50) {
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.byLogin(login.strip());
        if (account.isEmpty() || account.get().getPasswordHash() == null || !account.get().isEnabled()) {
            if (unknownUserHash == null) {
                unknownUserHash = hasher.hash("not a password");
            }
            hasher.matches(password, unknownUserHash);
            return Optional.empty();
        }
        if (!hasher.matches(password, account.get().getPasswordHash())) {
            return Optional.empty();
        }
        return Optional.of(new SignInResult(account.get().getLogin(), account.get().getRoles()));
    }

    /** The roles an employee holds; HR and ADMIN may look. */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public Set<Role> roles(long employeeId) {
        return accounts.byEmployee(employeeId).map(UserAccount::getRoles).orElse(EnumSet.noneOf(Role.class));
    }

    /**
     * Gives an employee exactly these roles. HR hands out the everyday roles; only an ADMIN can
     * make someone HR or ADMIN or take those roles away, and nobody can drop their own ADMIN.
     */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public void setRoles(long employeeId, Set<Role> roles) {
        UserAccount account = accounts.byEmployee(employeeId)
                .orElseThrow(() -> new NotFoundException("no account for employee " + employeeId));
        Set<Role> before = account.getRoles();
        Set<Role> privileged = EnumSet.of(Role.HR, Role.ADMIN);
        boolean touchesPrivileged = privileged.stream().anyMatch(r -> before.contains(r) != roles.contains(r));
        if (touchesPrivileged && !caller.is(Role.ADMIN)) {
            throw new AccessDeniedException("only an administrator grants or removes HR and ADMIN");
        }
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
                && caller.login().map(account.getLogin()::equals).orElse(false)) {
            throw new ValidationFailedException("roles.ownAdmin");
        }
        account.setRoles(roles);
    }

    /** Sets a new password chosen by HR (for a first sign-in or a forgotten one). */
    @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
    public void setPassword(long employeeId, String password) {
        if (password == null || password.length() < 12 || password.length() > 200) {
            throw new ValidationFailedException("password.length", 12);
        }
        UserAccount account = accounts.byEmployee(employeeId)
                .orElseThrow(() -> new NotFoundException("no account for employee " + employeeId));
        account.setPasswordHash(hasher.hash(password));
    }
}
