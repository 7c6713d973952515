package ai.talkturo.numbers.provisioning.port;

/** What became of an order for a number. */
public sealed interface OrderOutcome {

    /** The account owns the number; {@code carrierReference} is the carrier's id for it (needed to release it). */
    record Completed(String carrierReference) implements OrderOutcome {
    }

    /**
     * The carrier accepted the order and will finish it later (a webhook, or a later {@code lookUp}).
     * {@code waitingFor} says what it waits for where a person should know (the carrier's review of the documents,
     * and until when), null otherwise.
     */
    record Pending(String carrierOrderReference, String waitingFor) implements OrderOutcome {

        public Pending(String carrierOrderReference) {
            this(carrierOrderReference, null);
        }
    }

    /** The order failed; {@code reason} is in words a person can act on. */
    record Failed(String reason) implements OrderOutcome {
    }

    /** The carrier has no trace of the order: nothing was bought. */
    record Unknown() implements OrderOutcome {
    }
}
