package ai.talkturo.numbers.web.api.adapter.persistence;

import ai.talkturo.numbers.web.api.StoredAnswer;
import ai.talkturo.numbers.web.api.StoredAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** {@link StoredAnswers} in {@code idempotency_keys}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class JpaStoredAnswers implements StoredAnswers {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public Optional<StoredAnswer> find(String scope, String key) {
        return Optional.ofNullable(em.find(IdempotencyRow.class, new IdempotencyRow.Key(scope, key)))
                .map(IdempotencyRow::stored);
    }

    @Override
    public boolean claim(String scope, String key, StoredAnswer claim) {
        try {
            em.persist(new IdempotencyRow(new IdempotencyRow.Key(scope, key), claim));
            em.flush();
            return true;
        } catch (PersistenceException raced) {
            return false;
        }
    }

    @Override
    public void answer(String scope, String key, int status, String contentType, String body) {
        em.createQuery("update IdempotencyRow r set r.status = :status, r.contentType = :type, r.responseBody = :body "
                        + "where r.key.scope = :scope and r.key.idemKey = :key")
                .setParameter("status", status)
                .setParameter("type", contentType)
                .setParameter("body", body)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    @Override
    public void forget(String scope, String key) {
        IdempotencyRow row = em.find(IdempotencyRow.class, new IdempotencyRow.Key(scope, key));
        if (row != null) {
            em.remove(row);
            em.flush();
        }
    }

    @Override
    public int forgetCreatedBefore(Instant before) {
        return em.createQuery("delete from IdempotencyRow r where r.createdAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
