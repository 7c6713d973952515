package ai.talkturo.numbers.web.partners;

import ai.talkturo.numbers.domain.call.CallStatusChanged;
import ai.talkturo.numbers.web.partners.port.PartnerEvent;
import ai.talkturo.numbers.web.partners.port.PartnerOutbox;
import ai.talkturo.numbers.web.partners.port.PartnerWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Turns an outbound call's changes of status into {@code call.status_changed} for its account's webhook, written
 * while the change's transaction is still open, like {@link AnnounceNumberChanges}.
 */
@ApplicationScoped
public class AnnounceCallChanges {

    @Inject
    PartnerWebhooks webhooks;
    @Inject
    PartnerOutbox outbox;
    @Inject
    Clock clock;

    void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) CallStatusChanged change) {
        if (webhooks.of(change.accountId()).isPresent()) {
            PartnerEvent.about(change, clock).ifPresent(outbox::queue);
        }
    }
}
