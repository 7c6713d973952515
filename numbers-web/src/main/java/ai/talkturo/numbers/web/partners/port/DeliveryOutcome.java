package ai.talkturo.numbers.web.partners.port;

/** What came of one POST to a partner's webhook. */
public sealed interface DeliveryOutcome {

    /** The partner answered 2xx. */
    record Delivered(int status) implements DeliveryOutcome {
    }

    /** Anything else: another status, no answer in time, no connection. */
    record Failed(String reason) implements DeliveryOutcome {
    }
}
