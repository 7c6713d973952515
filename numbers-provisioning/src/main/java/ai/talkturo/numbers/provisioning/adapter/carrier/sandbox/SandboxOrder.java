package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's record of one number it sold or is selling: the order's reference (the product's id of the number),
 * the sandbox's own id of the number ({@code SB} and 32 hexadecimal digits), and how the order ends, decided when it
 * is placed and true from {@code completesAt}. {@code version} is the stored row's, for optimistic locking.
 */
public record SandboxOrder(E164Number number, String reference, String carrierReference, Status status,
                           String failureReason, Instant orderedAt, Instant completesAt, Instant releasedAt,
                           long version) {

    /** How an order ends. */
    public enum Status {
        /** The number is the buyer's from {@code completesAt}. */
        ORDERED("ordered"),
        /** The order fails at {@code completesAt}, for {@code failureReason}; the number is for sale again then. */
        FAILED("failed"),
        /** The buyer gave the number back at {@code releasedAt}; it is for sale again. */
        RELEASED("released");

        private final String columnValue;

        Status(String columnValue) {
            this.columnValue = columnValue;
        }

        public String columnValue() {
            return columnValue;
        }

        public static Optional<Status> fromColumnValue(String value) {
            return Arrays.stream(values()).filter(status -> status.columnValue.equals(value)).findFirst();
        }
    }

    public SandboxOrder {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(completesAt, "completesAt");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an order needs a reference");
        }
        if (carrierReference == null || carrierReference.isBlank()) {
            throw new IllegalArgumentException("an order needs the sandbox's id of the number");
        }
        if ((status == Status.FAILED) != (failureReason != null)) {
            throw new IllegalArgumentException("a failed order, and only it, has a failure reason");
        }
        if ((status == Status.RELEASED) != (releasedAt != null)) {
            throw new IllegalArgumentException("a released number, and only it, has a release time");
        }
    }

    /** A new order, that completes at {@code completesAt}, or fails then when {@code failureReason} is not null. */
    public static SandboxOrder placed(E164Number number, String reference, String carrierReference,
                                      String failureReason, Instant orderedAt, Instant completesAt) {
        return new SandboxOrder(number, reference, carrierReference,
                failureReason == null ? Status.ORDERED : Status.FAILED, failureReason, orderedAt, completesAt, null, 0);
    }

    /** Whether nobody else can buy the number at this instant: it is sold, or its order has not ended yet. */
    public boolean holdsNumberAt(Instant now) {
        return switch (status) {
            case ORDERED -> true;
            case FAILED -> now.isBefore(completesAt);
            case RELEASED -> false;
        };
    }

    /** What the buyer learns of the order at this instant. */
    public OrderOutcome outcomeAt(Instant now) {
        if (status == Status.RELEASED) {
            return new OrderOutcome.Failed(number + " was given back to the sandbox carrier at " + releasedAt
                    + "; search again to buy a number");
        }
        if (now.isBefore(completesAt)) {
            return new OrderOutcome.Pending(carrierReference);
        }
        return status == Status.ORDERED
                ? new OrderOutcome.Completed(carrierReference)
                : new OrderOutcome.Failed(failureReason);
    }

    /** The number given back: it is for sale again. */
    public SandboxOrder released(Instant at) {
        if (status != Status.ORDERED) {
            throw new IllegalStateException(number + " is not sold, so it cannot be released: " + status.columnValue());
        }
        return new SandboxOrder(number, reference, carrierReference, Status.RELEASED, null, orderedAt, completesAt,
                at, version);
    }
}
