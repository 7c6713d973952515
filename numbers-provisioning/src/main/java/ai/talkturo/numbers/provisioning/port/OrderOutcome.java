package ai.talkturo.numbers.provisioning.port;

/** What became of an order for a number. */
public sealed interface OrderOutcome {

    /** The account owns the number; {@code carrierReference} is the carrier's id for it (needed to release it). */
    record Completed(String carrierReference) implements OrderOutcome {
    }

    /** The carrier accepted the order and will finish it later (a webhook, or a later {@code lookUp}). */
    record Pending(String carrierOrderReference) implements OrderOutcome {
    }

    /** The order failed; {@code reason} is in words a person can act on. */
    record Failed(String reason) implements OrderOutcome {
    }

    /** The carrier has no trace of the order: nothing was bought. */
    record Unknown() implements OrderOutcome {
    }
}
