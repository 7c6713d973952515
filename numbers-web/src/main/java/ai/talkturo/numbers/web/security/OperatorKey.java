package ai.talkturo.numbers.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key of {@code /api/admin}: {@code numbers.admin.api-key} when it is configured; otherwise one generated on
 * the first start, written to the log that once, and kept only as a hash.
 */
@ApplicationScoped
public class OperatorKey {

    private static final Logger LOG = Logger.getLogger(OperatorKey.class.getName());

    @Inject
    @ConfigProperty(name = "numbers.admin.api-key")
    Optional<String> configured;
    @Inject
    GeneratedOperatorKey generated;
    @Inject
    Clock clock;

    private volatile String expectedHash;

    @Transactional
    void ensure() {
        if (configured.filter(key -> !key.isBlank()).isPresent()) {
            expectedHash = Secrets.sha256(configured.get());
            return;
        }
        expectedHash = generated.hash().orElseGet(() -> {
            String key = Secrets.generate("nk_op_");
            String hash = Secrets.sha256(key);
            generated.keep(hash, clock.instant());
            LOG.warning("Generated the operator API key (shown only now; set numbers.admin.api-key to choose your own): " + key);
            return hash;
        });
    }

    public boolean matches(String presentedKey) {
        return presentedKey != null && expectedHash != null && Secrets.sameHash(presentedKey, expectedHash);
    }
}
