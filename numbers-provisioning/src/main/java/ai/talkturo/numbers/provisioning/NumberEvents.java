package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Publishes what happened to a number through CDI. Observers that act on the outside world (routing) observe
 * {@code during = TransactionPhase.AFTER_SUCCESS}, so they only hear of committed changes; the partner webhooks'
 * outbox observes while the transaction is open, so that its rows commit or roll back with the change.
 */
@ApplicationScoped
public class NumberEvents {

    @Inject
    Event<NumberChanged> changes;

    public void publish(PhoneNumber number) {
        number.pullEvents().forEach(changes::fire);
    }
}
