package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.number.E164Number;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's book of orders: one entry per number it ever sold or tried to, the latest order for it. Each call
 * stands on its own, committed or refused whatever its caller does afterwards.
 */
public interface SandboxOrders {

    Optional<SandboxOrder> byReference(String reference);

    Optional<SandboxOrder> byCarrierReference(String carrierReference);

    /** The entries of those of these numbers that have one. */
    List<SandboxOrder> byNumbers(Collection<E164Number> numbers);

    default Optional<SandboxOrder> byNumber(E164Number number) {
        return byNumbers(List.of(number)).stream().findFirst();
    }

    /**
     * Enters the first order for a number.
     *
     * @throws Conflict if the number, the reference or the carrier reference has an entry already
     */
    void add(SandboxOrder order);

    /**
     * Puts {@code next} in the place of {@code previous}, the entry of the same number as it was read.
     *
     * @throws Conflict if the entry changed since {@code previous} was read, or another entry has {@code next}'s
     *                  reference or carrier reference
     */
    void replace(SandboxOrder previous, SandboxOrder next);

    /** Someone else entered or changed an order for the same number or reference first; nothing was written. */
    final class Conflict extends RuntimeException {

        public Conflict(String message) {
            super(message);
        }

        public Conflict(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
