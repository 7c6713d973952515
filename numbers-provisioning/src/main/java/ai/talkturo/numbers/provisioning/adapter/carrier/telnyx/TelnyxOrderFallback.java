package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * What an order answers when fault tolerance stops it: after a timeout the order may have reached Telnyx, so it is
 * {@link OrderOutcome.Pending} and a later look-up tells; an open circuit sent nothing, so Telnyx is unavailable.
 */
@Dependent
class TelnyxOrderFallback implements FallbackHandler<OrderOutcome> {

    @Override
    public OrderOutcome handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        if (failure instanceof TimeoutException) {
            return new OrderOutcome.Pending(null);
        }
        throw new CarrierUnavailable("Telnyx is failing; nothing was ordered, try again in a minute", failure);
    }
}
