package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.address.Address;
import ai.talkturo.numbers.domain.address.Addresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** {@link Addresses} in the {@code addresses} table. */
@ApplicationScoped
@Transactional
public class JpaAddresses implements Addresses {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public Optional<Address> inAccount(String accountId, String id) {
        return Optional.ofNullable(em.find(AddressRow.class, id)).map(AddressRow::toAddress)
                .filter(address -> address.accountId().equals(accountId));
    }

    @Override
    public List<Address> ofAccount(String accountId) {
        return em.createQuery("select a from AddressRow a where a.accountId = :account order by a.id", AddressRow.class)
                .setParameter("account", accountId)
                .getResultStream().map(AddressRow::toAddress).toList();
    }

    @Override
    public void add(Address address) {
        em.persist(new AddressRow(address));
        em.flush();
    }
}
