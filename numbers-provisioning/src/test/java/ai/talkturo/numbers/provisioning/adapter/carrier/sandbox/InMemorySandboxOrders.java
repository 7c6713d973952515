package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.number.E164Number;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link SandboxOrders} in a map, with the table's unique keys and optimistic locking. */
class InMemorySandboxOrders implements SandboxOrders {

    private final Map<E164Number, SandboxOrder> entries = new LinkedHashMap<>();

    @Override
    public synchronized Optional<SandboxOrder> byReference(String reference) {
        return entries.values().stream().filter(order -> order.reference().equals(reference)).findFirst();
    }

    @Override
    public synchronized Optional<SandboxOrder> byCarrierReference(String carrierReference) {
        return entries.values().stream().filter(order -> order.carrierReference().equals(carrierReference)).findFirst();
    }

    @Override
    public synchronized List<SandboxOrder> byNumbers(Collection<E164Number> numbers) {
        return numbers.stream().distinct().map(entries::get).filter(order -> order != null).toList();
    }

    @Override
    public synchronized void add(SandboxOrder order) {
        if (entries.containsKey(order.number()) || keysTakenByAnother(order)) {
            throw new Conflict(order.number() + " or the order " + order.reference() + " has an entry already");
        }
        entries.put(order.number(), withVersion(order, 1));
    }

    @Override
    public synchronized void replace(SandboxOrder previous, SandboxOrder next) {
        SandboxOrder current = entries.get(previous.number());
        if (current == null || current.version() != previous.version() || !next.number().equals(previous.number())
                || keysTakenByAnother(next)) {
            throw new Conflict("the entry of " + previous.number() + " changed since it was read");
        }
        entries.put(next.number(), withVersion(next, current.version() + 1));
    }

    synchronized int size() {
        return entries.size();
    }

    private boolean keysTakenByAnother(SandboxOrder order) {
        return entries.values().stream()
                .filter(other -> !other.number().equals(order.number()))
                .anyMatch(other -> other.reference().equals(order.reference())
                        || other.carrierReference().equals(order.carrierReference()));
    }

    private static SandboxOrder withVersion(SandboxOrder order, long version) {
        return new SandboxOrder(order.number(), order.reference(), order.carrierReference(), order.status(),
                order.failureReason(), order.orderedAt(), order.completesAt(), order.releasedAt(), version);
    }
}
