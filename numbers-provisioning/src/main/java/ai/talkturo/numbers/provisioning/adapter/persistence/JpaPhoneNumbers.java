package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
