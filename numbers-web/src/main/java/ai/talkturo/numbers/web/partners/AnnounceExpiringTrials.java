package ai.talkturo.numbers.web.partners;

import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import ai.talkturo.numbers.web.partners.port.PartnerEvent;
import ai.talkturo.numbers.web.partners.port.PartnerOutbox;
import ai.talkturo.numbers.web.partners.port.PartnerWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Announces {@code number.trial_expiring} once per trial number, when its expiry is less than a day away and its
 * account has a webhook. An account that adds its webhook within that day still hears of it.
 */
@ApplicationScoped
public class AnnounceExpiringTrials {

    static final Duration AHEAD = Duration.ofHours(24);
    private static final int PAGE = 200;
    private static final Logger LOG = Logger.getLogger(AnnounceExpiringTrials.class.getName());

    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    PartnerWebhooks webhooks;
    @Inject
    PartnerOutbox outbox;
    @Inject
    Clock clock;

    /** Answers how many trial numbers this call announced. */
    public int announce() {
        Instant now = clock.instant();
        int announced = 0;
        String after = null;
        List<PhoneNumber> page;
        do {
            page = phoneNumbers.trialsExpiringBefore(now.plus(AHEAD), after, PAGE);
            announced += announce(page, now);
            after = page.isEmpty() ? null : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
        return announced;
    }

    private int announce(List<PhoneNumber> numbers, Instant now) {
        List<PhoneNumber> expiring = numbers.stream().filter(number -> number.expiresAt().isAfter(now)).toList();
        if (expiring.isEmpty()) {
            return 0;
        }
        Set<String> listening = webhooks.withWebhook(expiring.stream().map(PhoneNumber::accountId).distinct().toList());
        Set<String> noticed = outbox.noticed(expiring.stream().map(PhoneNumber::id).toList());
        int announced = 0;
        for (PhoneNumber number : expiring) {
            if (!listening.contains(number.accountId()) || noticed.contains(number.id())) {
                continue;
            }
            try {
                if (outbox.queueTrialNotice(number, PartnerEvent.trialExpiring(number, clock))) {
                    announced++;
                }
            } catch (PersistenceException | TransactionalException raced) {
                LOG.fine(() -> number.id() + " was announced by another worker meanwhile");
            }
        }
        return announced;
    }
}
