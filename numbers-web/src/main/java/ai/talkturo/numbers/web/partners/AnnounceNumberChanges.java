package ai.talkturo.numbers.web.partners;

import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import ai.talkturo.numbers.web.partners.port.PartnerEvent;
import ai.talkturo.numbers.web.partners.port.PartnerOutbox;
import ai.talkturo.numbers.web.partners.port.PartnerWebhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Turns a number's changes into events for its account's webhook. It listens while the change's transaction is
 * still open, so the events are stored if and only if the change is: none is lost once the change commits, none
 * is sent for a change that rolled back. It only writes rows; the posting happens after the commit, elsewhere.
 */
@ApplicationScoped
public class AnnounceNumberChanges {

    @Inject
    PartnerWebhooks webhooks;
    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    PartnerOutbox outbox;
    @Inject
    Clock clock;

    void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) NumberChanged change) {
        if (PartnerEvent.typesFor(change).isEmpty() || webhooks.of(change.accountId()).isEmpty()) {
            return;
        }
        PhoneNumber number = phoneNumbers.byId(change.phoneNumberId())
                .orElseThrow(() -> new IllegalStateException(change.phoneNumberId() + " changed but is not stored"));
        List<PartnerEvent> events = PartnerEvent.about(change, number, clock);
        events.forEach(outbox::queue);
    }
}
