package ai.talkturo.numbers.web.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the partner keys are kept. */
public interface StoredKeys {

    void add(StoredKey key);

    /** Revokes the key unless it is revoked already; the key as it is then, empty if there is no such key. */
    Optional<StoredKey> revoke(String id, Instant at);

    /** The key with this hash, unless it is revoked. */
    Optional<StoredKey> liveWithHash(String keyHash);

    /** The keys of an account, newest first. */
    List<StoredKey> ofAccount(String accountId);
}
