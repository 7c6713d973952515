package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link PhoneNumbers} in the {@code phone_numbers} table. */
@ApplicationScoped
public class JpaPhoneNumbers implements PhoneNumbers {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public Optional<PhoneNumber> byId(String id) {
        return Optional.ofNullable(em.find(PhoneNumberRow.class, id)).map(PhoneNumberRow::toPhoneNumber);
    }

    @Override
    public Optional<PhoneNumber> inAccount(String accountId, String id) {
        return byId(id).filter(number -> number.accountId().equals(accountId));
    }

    @Override
    public List<PhoneNumber> ofAccount(String accountId) {
        return em.createQuery("select p from PhoneNumberRow p where p.accountId = :account order by p.id",
                        PhoneNumberRow.class)
                .setParameter("account", accountId)
                .getResultStream().map(PhoneNumberRow::toPhoneNumber).toList();
    }

    @Override
    public List<PhoneNumber> assignedTo(String assistantId) {
        return em.createQuery("select p from PhoneNumberRow p where p.assistantId = :assistant order by p.id",
                        PhoneNumberRow.class)
                .setParameter("assistant", assistantId)
                .getResultStream().map(PhoneNumberRow::toPhoneNumber).toList();
    }

    @Override
    public long countCountingAgainstPlan(String accountId) {
        return em.createQuery("select count(p) from PhoneNumberRow p where p.accountId = :account and p.heldNumber is not null",
                        Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
    }

    @Override
    public List<PhoneNumber> page(String accountId, NumberStatus status, String assistantId, String afterId, int limit) {
        StringBuilder jpql = new StringBuilder("select p from PhoneNumberRow p where p.accountId = :account");
        if (status != null) {
            jpql.append(" and p.status = :status");
        }
        if (assistantId != null) {
            jpql.append(" and p.assistantId = :assistant");
        }
        if (afterId != null) {
            jpql.append(" and p.id > :after");
        }
        TypedQuery<PhoneNumberRow> query = em.createQuery(jpql.append(" order by p.id").toString(), PhoneNumberRow.class)
                .setParameter("account", accountId)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status.apiName());
        }
        if (assistantId != null) {
            query.setParameter("assistant", assistantId);
        }
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultStream().map(PhoneNumberRow::toPhoneNumber).toList();
    }

    @Override
    public List<PhoneNumber> expiredTrials(Instant now, int max) {
        return em.createQuery("select p from PhoneNumberRow p where p.trial = true and p.expiresAt <= :now "
                        + "and p.status in ('active', 'suspended', 'error') order by p.expiresAt", PhoneNumberRow.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultStream().map(PhoneNumberRow::toPhoneNumber).toList();
    }

    @Override
    public void add(PhoneNumber number) {
        em.persist(new PhoneNumberRow(number));
        em.flush();
    }

    @Override
    public void update(PhoneNumber number) {
        PhoneNumberRow row = em.find(PhoneNumberRow.class, number.id());
        Versions.requireSame(number.id(), row.version(), number.version());
        row.copy(number);
        em.flush();
    }
}
