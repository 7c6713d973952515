package ai.talkturo.numbers.web.partners.adapter.persistence;

import ai.talkturo.numbers.web.partners.port.PartnerWebhook;
import ai.talkturo.numbers.web.partners.port.PartnerWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link PartnerWebhooks} in {@code partner_webhooks}, one row per account. */
@ApplicationScoped
@Transactional
public class JpaPartnerWebhooks implements PartnerWebhooks {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public Optional<PartnerWebhook> of(String accountId) {
        return Optional.ofNullable(em.find(PartnerWebhookRow.class, accountId)).map(PartnerWebhookRow::toPartnerWebhook);
    }

    @Override
    public PartnerWebhook point(String accountId, URI url, String secret, Instant at) {
        PartnerWebhookRow row = em.find(PartnerWebhookRow.class, accountId);
        if (row == null) {
            row = new PartnerWebhookRow(accountId, at);
            row.point(url, secret, at);
            em.persist(row);
        } else {
            row.point(url, secret, at);
        }
        return row.toPartnerWebhook();
    }

    @Override
    public Set<String> withWebhook(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select w.accountId from PartnerWebhookRow w where w.accountId in :accounts", String.class)
                .setParameter("accounts", List.copyOf(accountIds))
                .getResultStream().collect(Collectors.toSet());
    }

    @Override
    public boolean remove(String accountId) {
        PartnerWebhookRow row = em.find(PartnerWebhookRow.class, accountId);
        if (row == null) {
            return false;
        }
        em.remove(row);
        return true;
    }
}
