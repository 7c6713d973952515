package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.provisioning.port.ImportedNumber;
import ai.talkturo.numbers.provisioning.port.ImportedNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link ImportedNumbers} in {@code imported_numbers}; each call outside a transaction commits on its own. */
@ApplicationScoped
@Transactional
public class JpaImportedNumbers implements ImportedNumbers {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void add(ImportedNumber number, Instant at) {
        em.persist(new ImportedNumberRow(number, at));
    }

    @Override
    public Optional<ImportedNumber> find(String phoneNumberId) {
        return Optional.ofNullable(em.find(ImportedNumberRow.class, phoneNumberId)).map(ImportedNumberRow::toImportedNumber);
    }

    @Override
    public void givenBack(String phoneNumberId, Instant at) {
        ImportedNumberRow row = em.find(ImportedNumberRow.class, phoneNumberId);
        if (row != null) {
            row.givenBack(at);
        }
    }

    @Override
    public List<ImportedNumber> from(String provider, String carrierAccount) {
        return em.createQuery("select i from ImportedNumberRow i where i.provider = :provider "
                        + "and i.carrierAccount = :account and i.givenBackAt is null order by i.importedAt desc",
                        ImportedNumberRow.class)
                .setParameter("provider", provider)
                .setParameter("account", carrierAccount)
                .getResultStream().map(ImportedNumberRow::toImportedNumber).toList();
    }
}
