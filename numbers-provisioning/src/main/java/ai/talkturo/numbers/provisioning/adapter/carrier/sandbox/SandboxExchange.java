package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.adapter.carrier.Sleeper;
import ai.talkturo.numbers.provisioning.port.CarrierAddress;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;

/**
 * The sandbox carrier's work, free of the container: it sells numbers of its {@link SandboxInventory}, keeps each
 * sale in {@link SandboxOrders}, asks what regulators ask, takes {@link SandboxSettings#latency()} to fill an order
 * and fails a {@link SandboxSettings#failureRate()} share of them for a reason a person can act on.
 */
final class SandboxExchange {

    /** The carrier's name, the {@code provider} of the numbers it sells. */
    public static final String NAME = "sandbox";

    private static final List<String> FAILURES = List.of(
            "The carrier did not confirm the order in time and cancelled it; nothing was charged. Order the number again.",
            "The carrier's block of numbers ran out while the order was filled; search again and choose another number.",
            "The carrier's automated fraud check declined the order; contact support and quote the order reference %s.");
    private static final String ADDRESS_FAILURE = "The regulator rejected the proof of address: it must show a street "
            + "address where the customer can be reached, not a PO box. Give another address and order the number again.";
    private static final int RELEASE_TRIES = 3;

    private final SandboxInventory inventory;
    private final SandboxOrders orders;
    private final SandboxSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier chance;

    /**
     * @param chance draws a number from 0 (inclusive) to 1 (exclusive) for each order: the order fails when it is
     *               below the failure rate, and a second draw picks the reason
     */
    public SandboxExchange(SandboxInventory inventory, SandboxOrders orders, SandboxSettings settings, Clock clock,
                           Sleeper sleeper, DoubleSupplier chance) {
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.chance = Objects.requireNonNull(chance, "chance");
    }

    /** The inventory's numbers that match, except those sold or being ordered now; empty when none match. */
    public List<NumberOffer> search(NumberSearch search) {
        Instant now = clock.instant();
        Iterator<NumberOffer> candidates = inventory.offers(search).iterator();
        List<NumberOffer> found = new ArrayList<>();
        while (found.size() < search.limit() && candidates.hasNext()) {
            List<NumberOffer> batch = new ArrayList<>();
            while (batch.size() < search.limit() && candidates.hasNext()) {
                batch.add(candidates.next());
            }
            Set<E164Number> held = orders.byNumbers(batch.stream().map(NumberOffer::number).toList()).stream()
                    .filter(order -> order.holdsNumberAt(now))
                    .map(SandboxOrder::number)
                    .collect(Collectors.toSet());
            batch.stream()
                    .filter(offer -> !held.contains(offer.number()))
                    .limit(search.limit() - found.size())
                    .forEach(found::add);
        }
        return List.copyOf(found);
    }

    /** The sandbox's terms for a number of its inventory that nobody holds now; empty otherwise. */
    public Optional<NumberOffer> offer(E164Number number) {
        Instant now = clock.instant();
        return inventory.offer(number)
                .filter(offer -> orders.byNumber(number).map(order -> !order.holdsNumberAt(now)).orElse(true));
    }

    /**
     * Orders a number and blocks until the order ends, {@link SandboxSettings#latency()} after it was placed. An
     * order placed again with the same reference is not placed twice: it waits for and answers the first one.
     *
     * @throws CarrierRefusal {@code NUMBER_NOT_AVAILABLE} for a number the sandbox does not offer or someone else
     *                        holds; {@code ADDRESS_REQUIRED} when the regulator's address rule is not met
     * @throws IllegalArgumentException when the reference was used before for another number
     * @throws CarrierUnavailable when interrupted while waiting; the order goes on and {@link #lookUp} finds it
     */
    public OrderOutcome order(NumberOrder order) {
        Objects.requireNonNull(order, "order");
        SandboxOrder placed = place(order);
        Instant now = clock.instant();
        if (!now.isBefore(placed.completesAt())) {
            return placed.outcomeAt(now);
        }
        awaitCompletion(placed);
        return orders.byReference(order.reference())
                .filter(stored -> stored.number().equals(order.number()))
                .map(stored -> {
                    // the database may keep the completion time less precisely than it was placed
                    awaitCompletion(stored);
                    return stored.outcomeAt(clock.instant());
                })
                .orElseGet(OrderOutcome.Unknown::new);
    }

    /**
     * What became of an order: {@code Unknown} when the sandbox has no order with its reference for its number,
     * {@code Pending} until it completes, then {@code Completed} or {@code Failed} as it was decided.
     */
    public OrderOutcome lookUp(NumberOrder order) {
        Objects.requireNonNull(order, "order");
        Instant now = clock.instant();
        return orders.byReference(order.reference())
                .filter(found -> found.number().equals(order.number()))
                .map(found -> found.outcomeAt(now))
                .orElseGet(OrderOutcome.Unknown::new);
    }

    /** Takes a sold number back into the inventory. An unknown, failed or already released number is no error. */
    public void release(String carrierReference) {
        if (carrierReference == null || carrierReference.isBlank()) {
            return;
        }
        for (int tries = 0; tries < RELEASE_TRIES; tries++) {
            Optional<SandboxOrder> sold = orders.byCarrierReference(carrierReference)
                    .filter(order -> order.status() == SandboxOrder.Status.ORDERED);
            if (sold.isEmpty()) {
                return;
            }
            try {
                orders.replace(sold.get(), sold.get().released(clock.instant()));
                return;
            } catch (SandboxOrders.Conflict changedMeanwhile) {
                // read it again: released by someone else, or changed and still to release
            }
        }
        throw new CarrierUnavailable("The sandbox could not release " + carrierReference + " for concurrent changes; "
                + "release it again");
    }

    private SandboxOrder place(NumberOrder order) {
        E164Number number = order.number();
        DestinationCode destination = inventory.destinationOf(number).orElseThrow(() -> new CarrierRefusal(
                CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE,
                number + " is not offered by the sandbox carrier; search for numbers and choose one of those"));
        Instant now = clock.instant();
        Optional<SandboxOrder> previous = orders.byNumber(number);
        if (previous.isPresent() && previous.get().reference().equals(order.reference())) {
            return previous.get();
        }
        if (previous.isPresent() && previous.get().holdsNumberAt(now)) {
            throw taken(number);
        }
        requireAddress(destination, number, order.address());
        SandboxOrder placed = SandboxOrder.placed(number, order.reference(), newCarrierReference(),
                failureReason(destination, order.reference()), now, now.plus(settings.latency()));
        try {
            if (previous.isPresent()) {
                orders.replace(previous.get(), placed);
            } else {
                orders.add(placed);
            }
            return placed;
        } catch (SandboxOrders.Conflict conflict) {
            return orders.byReference(order.reference())
                    .map(existing -> sameNumber(existing, order))
                    .orElseThrow(() -> taken(number));
        }
    }

    private static SandboxOrder sameNumber(SandboxOrder existing, NumberOrder order) {
        if (!existing.number().equals(order.number())) {
            throw new IllegalArgumentException("The order reference " + order.reference() + " was used for "
                    + existing.number() + " before, so it cannot order " + order.number());
        }
        return existing;
    }

    private static CarrierRefusal taken(E164Number number) {
        return new CarrierRefusal(CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE, number
                + " is no longer available: someone else holds it or is ordering it; search again and choose another number");
    }

    /** Geographic numbers need an address in their locality, some others one in their country; see Country. */
    private static void requireAddress(DestinationCode destination, E164Number number, CarrierAddress address) {
        AddressRequirement requirement = destination.country().addressRequirement(destination.type());
        String country = destination.country().displayName();
        if (requirement == AddressRequirement.LOCALITY) {
            boolean inLocality = address != null
                    && destination.country().code().equalsIgnoreCase(strip(address.countryCode()))
                    && destination.isIn(address.city());
            if (!inLocality) {
                throw new CarrierRefusal(CarrierRefusal.Reason.ADDRESS_REQUIRED, number + " is a "
                        + destination.locality() + " number: it needs an address in " + destination.locality() + ", "
                        + country + ", the number's local network area" + given(address));
            }
        } else if (requirement == AddressRequirement.COUNTRY) {
            boolean inCountry = address != null
                    && destination.country().code().equalsIgnoreCase(strip(address.countryCode()));
            if (!inCountry) {
                throw new CarrierRefusal(CarrierRefusal.Reason.ADDRESS_REQUIRED, number + " needs an address in "
                        + country + given(address));
            }
        }
    }

    private static String given(CarrierAddress address) {
        return address == null ? "" : "; the address given is in " + address.city() + ", " + address.countryCode();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private String failureReason(DestinationCode destination, String reference) {
        if (!(chance.getAsDouble() < settings.failureRate())) {
            return null;
        }
        List<String> reasons = new ArrayList<>(FAILURES);
        if (destination.country().addressRequirement(destination.type()) != AddressRequirement.NONE) {
            reasons.add(ADDRESS_FAILURE);
        }
        int pick = Math.min((int) (chance.getAsDouble() * reasons.size()), reasons.size() - 1);
        return reasons.get(Math.max(pick, 0)).formatted(reference);
    }

    private void awaitCompletion(SandboxOrder order) {
        Instant now = clock.instant();
        while (now.isBefore(order.completesAt())) {
            try {
                sleeper.sleep(Duration.between(now, order.completesAt()));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new CarrierUnavailable("Interrupted while the sandbox filled the order " + order.reference()
                        + "; the order goes on, look it up later", interrupted);
            }
            now = clock.instant();
        }
    }

    private static String newCarrierReference() {
        UUID id = UUID.randomUUID();
        return "SB" + String.format("%016x%016x", id.getMostSignificantBits(), id.getLeastSignificantBits());
    }
}
