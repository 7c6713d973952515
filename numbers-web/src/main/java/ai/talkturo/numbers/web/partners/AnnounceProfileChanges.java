package ai.talkturo.numbers.web.partners;

import ai.talkturo.numbers.domain.compliance.ProfileStatusChanged;
import ai.talkturo.numbers.web.partners.port.PartnerEvent;
import ai.talkturo.numbers.web.partners.port.PartnerOutbox;
import ai.talkturo.numbers.web.partners.port.PartnerWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Turns a compliance profile's change of status into {@code compliance.status_changed} for its account's webhook,
 * in the change's own transaction, as {@link AnnounceNumberChanges} does for numbers.
 */
@ApplicationScoped
public class AnnounceProfileChanges {

    @Inject
    PartnerWebhooks webhooks;
    @Inject
    PartnerOutbox outbox;
    @Inject
    Clock clock;

    void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) ProfileStatusChanged change) {
        if (webhooks.of(change.accountId()).isPresent()) {
            outbox.queue(PartnerEvent.about(change, clock));
        }
    }
}
