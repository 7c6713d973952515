package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.persistence;

import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.SandboxCall;
import ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.SandboxCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link SandboxCalls} in the {@code sandbox_calls} table; like the sandbox's orders, each call commits on its own,
 * as a real carrier's bookkeeping would.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class JpaSandboxCalls implements SandboxCalls {

    private static final List<String> NOT_ENDED = List.of(CallStatus.QUEUED.apiName(), CallStatus.RINGING.apiName(),
            CallStatus.IN_PROGRESS.apiName());

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void add(SandboxCall call) {
        em.persist(new SandboxCallRow(call));
    }

    @Override
    public Optional<SandboxCall> byCarrierCallId(String carrierCallId) {
        return Optional.ofNullable(em.find(SandboxCallRow.class, carrierCallId)).map(SandboxCallRow::toCall);
    }

    @Override
    public boolean reported(String carrierCallId, CallStatus status) {
        SandboxCallRow row = em.find(SandboxCallRow.class, carrierCallId, LockModeType.PESSIMISTIC_WRITE);
        return row != null && row.report(status);
    }

    @Override
    public List<SandboxCall> endedUnreported(Instant now, int max) {
        return em.createQuery("select c from SandboxCallRow c where c.reported in :notEnded and c.endsAt <= :now "
                        + "order by c.endsAt", SandboxCallRow.class)
                .setParameter("notEnded", NOT_ENDED)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultStream().map(SandboxCallRow::toCall).toList();
    }
}
