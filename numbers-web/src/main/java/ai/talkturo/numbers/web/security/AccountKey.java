package ai.talkturo.numbers.web.security;

import java.time.Instant;

/** A partner key of an account as its owner may see it: the first characters only, never the key. */
public record AccountKey(String id, String hint, Instant createdAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
