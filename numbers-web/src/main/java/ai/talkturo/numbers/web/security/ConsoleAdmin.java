package ai.talkturo.numbers.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console user {@code admin}, an operator. Its password is {@code numbers.admin.password} when configured;
 * otherwise one is generated on the first start and written to the log that once. Only a PBKDF2 hash is stored.
 */
@ApplicationScoped
public class ConsoleAdmin {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(ConsoleAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "numbers.admin.password")
    Optional<String> configured;
    @Inject
    StoredUsers users;
    @Inject
    ConsolePasswords passwords;
    @Inject
    Clock clock;

    @Transactional
    void ensure() {
        Optional<String> password = configured.filter(p -> !p.isBlank());
        Optional<StoredUser> admin = users.find(USERNAME);
        if (admin.isEmpty()) {
            String chosen = password.orElseGet(() -> Secrets.generate("").substring(0, 20));
            if (!users.add(StoredUser.operator(USERNAME, passwords.hashAsGiven(chosen)), clock.instant())) {
                throw new IllegalStateException("the console user " + USERNAME + " appeared while it was being made");
            }
            if (password.isEmpty()) {
                LOG.warning("Generated the console password of user admin (shown only now; set numbers.admin.password to choose your own): " + chosen);
            }
        } else if (password.isPresent() && !passwords.verify(password.get(), admin.get().passwordHash())) {
            users.update(admin.get().withPassword(passwords.hashAsGiven(password.get())), clock.instant());
        }
    }
}
