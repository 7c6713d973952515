package ai.talkturo.numbers.web.security.adapter.persistence;

import ai.talkturo.numbers.web.security.StoredKey;
import ai.talkturo.numbers.web.security.StoredKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link StoredKeys} in {@code api_keys}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class JpaStoredKeys implements StoredKeys {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void add(StoredKey key) {
        em.persist(new ApiKeyRow(key));
    }

    @Override
    public Optional<StoredKey> revoke(String id, Instant at) {
        return Optional.ofNullable(em.find(ApiKeyRow.class, id)).map(row -> {
            row.revoke(at);
            return row.stored();
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredKey> liveWithHash(String keyHash) {
        return em.createQuery("select k from ApiKeyRow k where k.keyHash = :hash and k.revokedAt is null", ApiKeyRow.class)
                .setParameter("hash", keyHash)
                .getResultStream()
                .map(ApiKeyRow::stored)
                .findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredKey> ofAccount(String accountId) {
        return em.createQuery("select k from ApiKeyRow k where k.accountId = :account order by k.createdAt desc",
                        ApiKeyRow.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(ApiKeyRow::stored)
                .toList();
    }
}
