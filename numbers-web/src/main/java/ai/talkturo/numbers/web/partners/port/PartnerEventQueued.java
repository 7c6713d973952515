package ai.talkturo.numbers.web.partners.port;

/** An event was written to the outbox; once its transaction commits it can be delivered. */
public record PartnerEventQueued(String eventId) {
}
