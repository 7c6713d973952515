package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.provisioning.port.PendingRelease;
import ai.talkturo.numbers.provisioning.port.PendingReleases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** {@link PendingReleases} in {@code carrier_releases}; each call outside a transaction commits on its own. */
@ApplicationScoped
@Transactional
public class JpaPendingReleases implements PendingReleases {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void add(String phoneNumberId, String provider, String carrierReference, Instant tryAfter) {
        em.persist(new CarrierReleaseRow(phoneNumberId, provider, carrierReference, tryAfter));
    }

    @Override
    public List<PendingRelease> due(Instant now, int max) {
        return em.createQuery("select r from CarrierReleaseRow r where r.doneAt is null and r.tryAfter <= :now "
                        + "and (r.claimedUntil is null or r.claimedUntil < :now) order by r.tryAfter", CarrierReleaseRow.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultStream().map(CarrierReleaseRow::toPendingRelease).toList();
    }

    /** Commits at once, whatever transaction the caller is in: a claim is only worth something once others see it. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String phoneNumberId, Instant now, Instant until) {
        return em.createQuery("update CarrierReleaseRow r set r.claimedUntil = :until where r.phoneNumberId = :id "
                        + "and r.doneAt is null and (r.claimedUntil is null or r.claimedUntil < :now)")
                .setParameter("until", until)
                .setParameter("id", phoneNumberId)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Override
    public void done(String phoneNumberId, Instant at) {
        em.find(CarrierReleaseRow.class, phoneNumberId).done(at);
    }

    @Override
    public void retryLater(String phoneNumberId, Instant tryAfter, String error) {
        em.find(CarrierReleaseRow.class, phoneNumberId).retryLater(tryAfter, error);
    }
}
