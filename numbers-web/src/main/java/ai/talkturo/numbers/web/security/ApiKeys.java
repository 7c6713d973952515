package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Partner keys: issued to an account, stored as a hash, revocable, and looked up by the key a caller presents.
 *
 * <p>What a presented key turned out to be (an account, or nothing) is kept in memory for
 * {@code numbers.api.key-cache} (default one second), so that a partner's requests do not each read the database. A
 * key revoked on this instance is refused at once; on the other instances of a cluster within that time.
 */
@ApplicationScoped
public class ApiKeys {

    static final String PREFIX = "nk_";
    /** More different keys than any deployment has: past this the memory is started afresh, so a flood cannot fill it. */
    private static final int MOST_KEPT = 10_000;

    @Inject
    StoredKeys stored;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.api.key-cache")
    Duration keepFor;

    private final Map<String, Verdict> recent = new ConcurrentHashMap<>();

    @Transactional
    public IssuedKey issue(String accountId) {
        String key = Secrets.generate(PREFIX);
        Instant now = clock.instant();
        String id = Identifiers.next("key", clock);
        stored.add(new StoredKey(id, accountId, Secrets.sha256(key), key.substring(0, PREFIX.length() + 4), now, null));
        return new IssuedKey(id, accountId, key, now);
    }

    @Transactional
    public Instant revoke(String keyId) {
        StoredKey revoked = stored.revoke(keyId, clock.instant()).orElseThrow(() -> new NotFound("api key", keyId));
        recent.remove(revoked.keyHash());
        return revoked.revokedAt();
    }

    /** The key and its account, when the key is valid and not revoked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PartnerKey> partnerOf(String presentedKey) {
        if (presentedKey == null || !presentedKey.startsWith(PREFIX) || presentedKey.length() > 100) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(presentedKey);
        long now = System.nanoTime();
        Verdict known = recent.get(hash);
        if (known == null || now - known.until() > 0) {
            known = new Verdict(stored.liveWithHash(hash).map(StoredKey::accountId), now + keepFor.toNanos());
            if (recent.size() >= MOST_KEPT) {
                recent.clear();
            }
            recent.put(hash, known);
        }
        return known.accountId().map(accountId -> new PartnerKey(hash, accountId));
    }

    /** What a key's hash was found to open, and until when (in {@link System#nanoTime()}) that is believed. */
    private record Verdict(Optional<String> accountId, long until) {
    }
}
