package ai.talkturo.numbers.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** The console's users for Jakarta Security: a username and password become a caller in the role of the user. */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    ConsoleUsers users;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInOutcome outcome = users.signIn(credential.getCaller(), credential.getPasswordAsString());
        if (outcome instanceof SignInOutcome.Accepted accepted) {
            return new CredentialValidationResult(accepted.user().username(), Set.of(accepted.user().role()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
