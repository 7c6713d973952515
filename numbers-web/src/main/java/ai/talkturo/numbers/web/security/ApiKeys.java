package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.provisioning.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Partner keys: issued to an account, stored as a hash, revocable, and looked up by the key a caller presents. */
@ApplicationScoped
public class ApiKeys {

    static final String PREFIX = "nk_";

    @PersistenceContext(unitName = "numbers")
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    public IssuedKey issue(String accountId) {
        String key = Secrets.generate(PREFIX);
        Instant now = clock.instant();
        String id = Identifiers.next("key", clock);
        em.persist(new ApiKeyRow(id, accountId, Secrets.sha256(key), key.substring(0, PREFIX.length() + 4), now));
        return new IssuedKey(id, accountId, key, now);
    }

    @Transactional
    public Instant revoke(String keyId) {
        ApiKeyRow row = Optional.ofNullable(em.find(ApiKeyRow.class, keyId)).orElseThrow(() -> new NotFound("api key", keyId));
        row.revoke(clock.instant());
        return row.revokedAt();
    }

    /** The account of a valid, unrevoked key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> accountOf(String presentedKey) {
        if (presentedKey == null || !presentedKey.startsWith(PREFIX) || presentedKey.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select k from ApiKeyRow k where k.keyHash = :hash", ApiKeyRow.class)
                .setParameter("hash", Secrets.sha256(presentedKey))
                .getResultStream()
                .filter(row -> !row.revoked())
                .map(ApiKeyRow::accountId)
                .findFirst();
    }
}
