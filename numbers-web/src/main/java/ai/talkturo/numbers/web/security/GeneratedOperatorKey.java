package ai.talkturo.numbers.web.security;

import java.time.Instant;
import java.util.Optional;

/** Where the hash of the operator key generated on the first start is kept, when none is configured. */
public interface GeneratedOperatorKey {

    Optional<String> hash();

    void keep(String hash, Instant createdAt);
}
