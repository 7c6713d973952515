package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * Telnyx's {@code number_order.complete} webhook, read from its body {@code {"data": {"event_type", "id",
 * "occurred_at", "payload": <the number order>, "record_type": "event"}, "meta": {…}}}.
 * Deliveries repeat and come out of order: {@code eventId} tells repeats apart, and the outcome is final
 * ({@link OrderOutcome.Completed} or {@link OrderOutcome.Failed}) whenever the order is.
 *
 * @param eventId           Telnyx's id of the event, the same on every delivery of it
 * @param occurredAt        when the order completed; null when Telnyx did not say
 * @param orderId           Telnyx's id of the number order
 * @param customerReference the reference the order was placed with, the product's id of the number
 * @param outcome           what became of the order
 */
public record TelnyxOrderEvent(String eventId, Instant occurredAt, String orderId, String customerReference,
                               OrderOutcome outcome) {

    public static final String ORDER_COMPLETE = "number_order.complete";

    /**
     * Reads a webhook body. Empty for any other event, and for an order without a customer reference, which
     * Numbers did not place.
     *
     * @throws IllegalArgumentException when {@code body} is not a Telnyx event at all
     */
    public static Optional<TelnyxOrderEvent> parse(String body) {
        JsonObject data = CarrierJson.parse(body)
                .map(root -> CarrierJson.object(root, "data"))
                .orElseThrow(() -> new IllegalArgumentException("not a Telnyx event: the body has no \"data\" object"));
        if (!ORDER_COMPLETE.equals(CarrierJson.text(data, "event_type"))) {
            return Optional.empty();
        }
        JsonObject order = CarrierJson.object(data, "payload");
        if (order == null) {
            throw new IllegalArgumentException("not a Telnyx event: " + ORDER_COMPLETE + " without a payload");
        }
        String reference = CarrierJson.text(order, "customer_reference");
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new TelnyxOrderEvent(CarrierJson.text(data, "id"), CarrierJson.instant(data, "occurred_at"),
                CarrierJson.text(order, "id"), reference, TelnyxOrders.outcomeOf(order, null)));
    }
}
