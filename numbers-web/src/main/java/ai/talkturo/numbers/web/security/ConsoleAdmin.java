package ai.talkturo.numbers.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    @PersistenceContext(unitName = "numbers")
    EntityManager em;
    @Inject
    ConsolePasswords passwords;
    @Inject
    Clock clock;

    @Transactional
    void ensure() {
        Optional<String> password = configured.filter(p -> !p.isBlank());
        ConsoleUserRow admin = em.find(ConsoleUserRow.class, USERNAME);
        if (admin == null) {
            String chosen = password.orElseGet(() -> Secrets.generate("").substring(0, 20));
            em.persist(ConsoleUserRow.operator(USERNAME, passwords.hashAsGiven(chosen), clock.instant()));
            em.flush();
            if (password.isEmpty()) {
                LOG.warning("Generated the console password of user admin (shown only now; set numbers.admin.password to choose your own): " + chosen);
            }
        } else if (password.isPresent() && !passwords.verify(password.get(), admin.passwordHash())) {
            admin.changePassword(passwords.hashAsGiven(password.get()), clock.instant());
        }
    }
}
