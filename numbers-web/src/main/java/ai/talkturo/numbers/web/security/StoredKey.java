package ai.talkturo.numbers.web.security;

import java.time.Instant;

/** A partner key as it is kept: the hash of the key, never the key, and its first characters as a hint. */
public record StoredKey(String id, String accountId, String keyHash, String hint, Instant createdAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    AccountKey asSeenByOwner() {
        return new AccountKey(id, hint, createdAt, revokedAt);
    }
}
