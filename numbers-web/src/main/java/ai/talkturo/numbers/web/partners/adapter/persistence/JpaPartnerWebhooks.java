package ai.talkturo.numbers.web.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accounts' webhooks, in {@code partner_webhooks}: at most one URL per account. Each registration issues a new
 * secret, shown once in the answer and kept as it is, since every delivery is signed with it.
 */
@ApplicationScoped
@Transactional
public class PartnerWebhooks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    @PersistenceContext(unitName = "numbers")
    EntityManager em;
    @Inject
    PartnerOutbox outbox;
    @Inject
    Clock clock;
    @Inject
    WebhookDestinations destinations;

    /**
     * Points the account's events at {@code url}, with a new secret; events still pending go there too.
     *
     * @throws WebhookUrlRefused when events may not go there ({@link WebhookDestinations})
     */
    public PartnerWebhook register(String accountId, URI url) {
        destinations.refusal(url, false).ifPresent(reason -> {
            throw new WebhookUrlRefused(reason);
        });
        Instant now = clock.instant();
        PartnerWebhookRow row = em.find(PartnerWebhookRow.class, accountId);
        if (row == null) {
            row = new PartnerWebhookRow(accountId, now);
            row.point(url, newSecret(), now);
            em.persist(row);
        } else {
            row.point(url, newSecret(), now);
        }
        return row.toPartnerWebhook();
    }

    public Optional<PartnerWebhook> of(String accountId) {
        return Optional.ofNullable(em.find(PartnerWebhookRow.class, accountId)).map(PartnerWebhookRow::toPartnerWebhook);
    }

    /** Which of these accounts have a webhook. */
    public Set<String> withWebhook(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select w.accountId from PartnerWebhookRow w where w.accountId in :accounts", String.class)
                .setParameter("accounts", List.copyOf(accountIds))
                .getResultStream().collect(Collectors.toSet());
    }

    /** Stops the account's deliveries: the webhook is forgotten and the events still pending are given up. */
    public void remove(String accountId) {
        PartnerWebhookRow row = em.find(PartnerWebhookRow.class, accountId);
        if (row != null) {
            em.remove(row);
            outbox.giveUpAll(accountId, clock.instant(), "the account's webhook was removed");
        }
    }

    /** {@code whsec_} and 43 base-62 characters: 256 random bits. */
    static String newSecret() {
        StringBuilder secret = new StringBuilder("whsec_");
        for (int i = 0; i < 43; i++) {
            secret.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return secret.toString();
    }
}
