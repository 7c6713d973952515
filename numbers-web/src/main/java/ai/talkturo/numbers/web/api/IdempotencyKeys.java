package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.web.cluster.Heartbeats;
import ai.talkturo.numbers.web.cluster.ThisInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The stored first answers of POSTs with an {@code Idempotency-Key}, kept at least 24 hours. Every call commits on
 * its own, apart from the request it guards. The claim of a first request names the instance answering it and that
 * instance's start: when that run is gone ({@link Heartbeats}: killed, stopped, or started again) the key is free at
 * once, so the retry runs; a claim that never answered is free after {@link #ABANDONED_AFTER} in any case.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyKeys {

    static final Duration KEPT = Duration.ofHours(48);
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "numbers")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ThisInstance instance;
    @Inject
    Heartbeats heartbeats;

    /** Claims the key for a new request; empty when it was free, the earlier row when it was taken. */
    public Optional<IdempotencyRow> claim(String scope, String key, String requestHash) {
        IdempotencyRow.Key id = new IdempotencyRow.Key(scope, key);
        IdempotencyRow existing = em.find(IdempotencyRow.class, id);
        if (existing != null && (existing.abandoned(clock.instant())
                || existing.inProgress() && !heartbeats.running(existing.claimedBy(), existing.claimedStart()))) {
            em.remove(existing);
            em.flush();
        } else if (existing != null) {
            return Optional.of(existing);
        }
        try {
            em.persist(new IdempotencyRow(id, requestHash, clock.instant(), instance.name(), instance.startedAt()));
            em.flush();
            return Optional.empty();
        } catch (PersistenceException raced) {
            throw new IdempotentRequestInProgress("another request with this Idempotency-Key is being answered");
        }
    }

    /** Keeps the answer of the first request with the key, in one statement. */
    public void answered(String scope, String key, int status, String contentType, String body) {
        em.createQuery("update IdempotencyRow r set r.status = :status, r.contentType = :type, r.responseBody = :body "
                        + "where r.key.scope = :scope and r.key.idemKey = :key")
                .setParameter("status", status)
                .setParameter("type", contentType)
                .setParameter("body", body)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    /** Frees the key so that a retry runs again (the first attempt failed on our side). */
    public void forget(String scope, String key) {
        IdempotencyRow row = em.find(IdempotencyRow.class, new IdempotencyRow.Key(scope, key));
        if (row != null) {
            em.remove(row);
        }
    }

    public int forgetOld() {
        return em.createQuery("delete from IdempotencyRow r where r.createdAt < :before")
                .setParameter("before", clock.instant().minus(KEPT))
                .executeUpdate();
    }
}
