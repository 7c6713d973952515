package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.assistant.Assistants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** {@link Assistants} in the {@code assistants} table. */
@ApplicationScoped
@Transactional
public class JpaAssistants implements Assistants {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public Optional<Assistant> byId(String id) {
        return Optional.ofNullable(em.find(AssistantRow.class, id)).map(AssistantRow::toAssistant);
    }

    @Override
    public Optional<Assistant> inAccount(String accountId, String id) {
        return byId(id).filter(assistant -> assistant.accountId().equals(accountId));
    }

    @Override
    public List<Assistant> ofAccount(String accountId) {
        return em.createQuery("select a from AssistantRow a where a.accountId = :account order by a.id",
                        AssistantRow.class)
                .setParameter("account", accountId)
                .getResultStream().map(AssistantRow::toAssistant).toList();
    }

    @Override
    public void add(Assistant assistant) {
        em.persist(new AssistantRow(assistant));
        em.flush();
    }

    @Override
    public void update(Assistant assistant) {
        AssistantRow row = em.find(AssistantRow.class, assistant.id());
        Versions.requireSame(assistant.id(), row.version(), assistant.version());
        row.copy(assistant);
        em.flush();
    }

    @Override
    public void remove(Assistant assistant) {
        AssistantRow row = em.find(AssistantRow.class, assistant.id());
        if (row != null) {
            Versions.requireSame(assistant.id(), row.version(), assistant.version());
            em.remove(row);
            em.flush();
        }
    }
}
