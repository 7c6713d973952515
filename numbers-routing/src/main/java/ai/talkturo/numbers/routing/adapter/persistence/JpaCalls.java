package ai.talkturo.numbers.routing.adapter.persistence;

import ai.talkturo.numbers.domain.call.Call;
import ai.talkturo.numbers.domain.call.Calls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** {@link Calls} in the {@code calls} table. */
@ApplicationScoped
@Transactional
public class JpaCalls implements Calls {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void add(Call call) {
        em.persist(new CallRow(call));
        em.flush();
    }

    @Override
    public Optional<Call> byId(String id) {
        return Optional.ofNullable(em.find(CallRow.class, id)).map(CallRow::toCall);
    }

    @Override
    public Optional<Call> inAccount(String accountId, String id) {
        return byId(id).filter(call -> call.accountId().equals(accountId));
    }

    @Override
    public List<Call> ofCampaign(String campaignId) {
        return em.createQuery("select c from CallRow c where c.campaignId = :campaign order by c.createdAt, c.id",
                        CallRow.class)
                .setParameter("campaign", campaignId)
                .getResultStream().map(CallRow::toCall).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Call> forUpdate(String id) {
        return Optional.ofNullable(em.find(CallRow.class, id, LockModeType.PESSIMISTIC_WRITE)).map(CallRow::toCall);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Call> forUpdateByCarrierCallId(String provider, String carrierCallId) {
        return em.createQuery("select c from CallRow c where c.provider = :provider and c.carrierCallId = :carrierCallId",
                        CallRow.class)
                .setParameter("provider", provider)
                .setParameter("carrierCallId", carrierCallId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(CallRow::toCall);
    }

    @Override
    public void update(Call call) {
        CallRow row = em.find(CallRow.class, call.id());
        if (row == null) {
            throw new IllegalStateException("no call " + call.id() + " to update");
        }
        row.copy(call);
    }
}
