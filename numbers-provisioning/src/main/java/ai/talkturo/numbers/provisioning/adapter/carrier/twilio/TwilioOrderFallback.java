package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * What an order answers when fault tolerance cut it short. Out of time, the purchase may have reached Twilio: the
 * order is {@link OrderOutcome.Pending} and reconciliation asks Twilio whether the account owns the number. With the
 * circuit open, nothing was sent: Twilio is unavailable.
 */
@Dependent
class TwilioOrderFallback implements FallbackHandler<OrderOutcome> {

    @Override
    public OrderOutcome handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        if (failure instanceof TimeoutException) {
            return new OrderOutcome.Pending(null);
        }
        throw new CarrierUnavailable("Twilio failed too often to be asked now; nothing was ordered", failure);
    }
}
