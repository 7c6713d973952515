package ai.talkturo.numbers.web.partners;

import ai.talkturo.numbers.web.partners.port.PartnerOutbox;
import ai.talkturo.numbers.web.partners.port.PartnerWebhook;
import ai.talkturo.numbers.web.partners.port.PartnerWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * An account points its events at a webhook of its own, reads where they go, or stops them. Each registration
 * issues a new secret, shown once in the answer and kept as it is, since every delivery is signed with it.
 */
@ApplicationScoped
public class RegisterPartnerWebhook {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    @Inject
    PartnerWebhooks webhooks;
    @Inject
    PartnerOutbox outbox;
    @Inject
    WebhookDestinations destinations;
    @Inject
    Clock clock;

    /**
     * Points the account's events at {@code url}, with a new secret; events still pending go there too.
     *
     * @throws WebhookUrlRefused when events may not go there ({@link WebhookDestinations})
     */
    @Transactional
    public PartnerWebhook register(String accountId, URI url) {
        destinations.refusal(url, false).ifPresent(reason -> {
            throw new WebhookUrlRefused(reason);
        });
        return webhooks.point(accountId, url, newSecret(), clock.instant());
    }

    public Optional<PartnerWebhook> of(String accountId) {
        return webhooks.of(accountId);
    }

    /** Stops the account's deliveries: the webhook is forgotten and the events still pending are given up. */
    @Transactional
    public void remove(String accountId) {
        if (webhooks.remove(accountId)) {
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
