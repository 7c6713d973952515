package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.persistence;

import ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.SandboxElsewhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** {@link SandboxElsewhere} in {@code sandbox_elsewhere_numbers}. */
@ApplicationScoped
@Transactional
class JpaSandboxElsewhere implements SandboxElsewhere {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public Optional<String> voiceUrlOf(String phoneNumber) {
        return Optional.ofNullable(em.find(SandboxElsewhereRow.class, phoneNumber)).map(SandboxElsewhereRow::voiceUrl);
    }

    @Override
    public void point(String phoneNumber, String voiceUrl) {
        Optional.ofNullable(em.find(SandboxElsewhereRow.class, phoneNumber)).ifPresent(row -> row.pointAt(voiceUrl));
    }
}
