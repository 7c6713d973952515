package ai.talkturo.numbers.web.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.Serializable;
import java.util.Set;

/** Who signed in to the console, as the session keeps it: a username and the roles it was given. */
record ConsoleCaller(String username, Set<String> groups) implements Serializable {

    ConsoleCaller {
        groups = Set.copyOf(groups);
    }

    static ConsoleCaller of(CredentialValidationResult result) {
        return new ConsoleCaller(result.getCallerPrincipal().getName(), result.getCallerGroups());
    }
}
