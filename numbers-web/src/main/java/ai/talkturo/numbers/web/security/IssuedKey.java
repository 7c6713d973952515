package ai.talkturo.numbers.web.security;

import java.time.Instant;

/** A partner key just issued: the only moment the key itself is known. */
public record IssuedKey(String id, String accountId, String key, Instant createdAt) {
}
