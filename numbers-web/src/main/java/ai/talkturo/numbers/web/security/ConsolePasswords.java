package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.domain.InvalidValue;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Console passwords, stored as PBKDF2 with HMAC-SHA-512 and 210,000 iterations (the container's hash; the stored
 * form names its own parameters, so hashes made with other settings still verify). A password has 10 to 200
 * characters.
 */
@ApplicationScoped
public class ConsolePasswords {

    static final int SHORTEST = 10;
    static final int LONGEST = 200;

    @Inject
    Pbkdf2PasswordHash hash;

    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate(Secrets.generate("").toCharArray());
    }

    /**
     * The hash to store.
     *
     * @throws IllegalArgumentException if the password is too short or too long
     */
    public String hash(String password) {
        if (password == null || password.length() < SHORTEST) {
            throw new InvalidValue("a password needs at least " + SHORTEST + " characters");
        }
        if (password.length() > LONGEST) {
            throw new InvalidValue("a password has at most " + LONGEST + " characters");
        }
        return hashAsGiven(password);
    }

    /** The hash of a password set in the configuration, which the operator chose knowingly. */
    String hashAsGiven(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && password.length() <= LONGEST && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of a verification, so that an unknown username takes as long to refuse as a wrong password. */
    void verifyNothing(String password) {
        hash.verify(password == null ? new char[0] : password.toCharArray(), decoy);
    }
}
