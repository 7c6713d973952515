package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.provisioning.DialThroughCarrier;
import ai.talkturo.numbers.provisioning.SettleOrder;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxCallEvent;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxOrderEvent;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.routing.TrackCalls;
import ai.talkturo.numbers.web.api.InvalidRequest;
import ai.talkturo.numbers.web.security.SignatureRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Telnyx's events. {@code number_order.complete} finishes a {@code purchasing} number; {@code call.initiated},
 * {@code call.answered}, {@code call.machine.detection.ended} and {@code call.hangup} move an outbound call on, and a
 * machine's answer to a campaign's call that hangs up on machines is hung up. Deliveries may repeat and arrive out of
 * order, which both tolerate (a number already settled stays as it is, a call only moves forward).
 */
@Path("telnyx/events")
@ApplicationScoped
public class TelnyxEventsResource {

    private static final Logger LOG = Logger.getLogger(TelnyxEventsResource.class.getName());

    @Inject
    @ConfigProperty(name = "numbers.telnyx.public-key")
    Optional<String> publicKey;
    @Inject
    SettleOrder settleOrder;
    @Inject
    TrackCalls trackCalls;
    @Inject
    DialThroughCarrier dialThroughCarrier;
    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response event(byte[] body, @HeaderParam("telnyx-signature-ed25519") String signature,
                          @HeaderParam("telnyx-timestamp") String timestamp, @Context UriInfo uri) {
        if (!TelnyxSignature.verify(publicKey.orElse(null), timestamp, body, signature, clock.instant())) {
            throw new SignatureRefused("telnyx-signature-ed25519 does not verify over telnyx-timestamp and the body");
        }
        Optional<TelnyxOrderEvent> event;
        try {
            String text = new String(body, StandardCharsets.UTF_8);
            event = TelnyxOrderEvent.parse(text);
            TelnyxCallEvent.parse(text, clock.instant()).ifPresent(trackCalls::record);
            TelnyxCallEvent.toHangUp(text, uri.getRequestUri().getRawQuery()).ifPresent(this::hangUp);
        } catch (IllegalArgumentException notAnEvent) {
            throw new InvalidRequest("body", notAnEvent.getMessage());
        }
        event.filter(order -> !(order.outcome() instanceof OrderOutcome.Pending))
                .ifPresent(order -> {
                    LOG.fine(() -> "Telnyx order " + order.orderId() + " for " + order.customerReference() + ": " + order.outcome());
                    settleOrder.settle(order.customerReference(), order.outcome());
                });
        return Response.noContent().build();
    }

    /** A machine answered a campaign's call that hangs up on machines; a failure leaves the call to end by itself. */
    private void hangUp(String callControlId) {
        try {
            dialThroughCarrier.hangUp("telnyx", callControlId);
        } catch (CarrierUnavailable unavailable) {
            LOG.log(Level.WARNING, "hanging up " + callControlId + ", answered by a machine, failed", unavailable);
        }
    }
}
