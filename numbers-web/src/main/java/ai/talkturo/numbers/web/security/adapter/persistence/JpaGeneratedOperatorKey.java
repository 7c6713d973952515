package ai.talkturo.numbers.web.security.adapter.persistence;

import ai.talkturo.numbers.web.security.GeneratedOperatorKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** {@link GeneratedOperatorKey} in {@code operator_keys}, one row. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class JpaGeneratedOperatorKey implements GeneratedOperatorKey {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public Optional<String> hash() {
        return Optional.ofNullable(em.find(OperatorKeyRow.class, OperatorKeyRow.GENERATED)).map(OperatorKeyRow::keyHash);
    }

    @Override
    public void keep(String hash, Instant createdAt) {
        em.persist(new OperatorKeyRow(hash, createdAt));
        em.flush();
    }
}
