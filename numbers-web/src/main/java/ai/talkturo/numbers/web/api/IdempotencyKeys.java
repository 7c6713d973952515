package ai.talkturo.numbers.web.api;

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
 * its own, apart from the request it guards. A key whose first request never answered within
 * {@link #ABANDONED_AFTER} (its server was stopped mid-request) is free again, so the retry runs.
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

    /** Claims the key for a new request; empty when it was free, the earlier row when it was taken. */
    public Optional<IdempotencyRow> claim(String scope, String key, String requestHash) {
        IdempotencyRow.Key id = new IdempotencyRow.Key(scope, key);
        IdempotencyRow existing = em.find(IdempotencyRow.class, id);
        if (existing != null && existing.abandoned(clock.instant())) {
            em.remove(existing);
            em.flush();
        } else if (existing != null) {
            return Optional.of(existing);
        }
        try {
            em.persist(new IdempotencyRow(id, requestHash, clock.instant()));
            em.flush();
            return Optional.empty();
        } catch (PersistenceException raced) {
            throw new IdempotentRequestInProgress("another request with this Idempotency-Key is being answered");
        }
    }

    public void answered(String scope, String key, int status, String contentType, String body) {
        IdempotencyRow row = em.find(IdempotencyRow.class, new IdempotencyRow.Key(scope, key));
        if (row != null) {
            row.answered(status, contentType, body);
        }
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
