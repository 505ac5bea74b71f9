package jp.manabi.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import jp.manabi.account.AccountService;
import jp.manabi.account.Role;

/**
 * Checks a login and password against the staff accounts; the roles become the caller's groups,
 * which the EAR maps one to one onto the application's roles.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.signIn(login.getCaller(), login.getPasswordAsString())
                .map(result -> new CredentialValidationResult(result.login(),
                        result.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
