package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A carrier that offers the numbers it was given until one is ordered, completes every order at once and counts
 * what it was asked.
 */
final class OfferingCarrier implements Carrier {

    static final String NAME = "offering";

    private final Map<E164Number, NumberOffer> offered = new LinkedHashMap<>();
    final List<NumberOrder> orders = new ArrayList<>();
    int offersAsked;

    void offer(NumberOffer offer) {
        offered.put(offer.number(), offer);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<NumberOffer> search(NumberSearch search) {
        return List.copyOf(offered.values());
    }

    @Override
    public Optional<NumberOffer> offer(E164Number number) {
        offersAsked++;
        return Optional.ofNullable(offered.get(number));
    }

    @Override
    public OrderOutcome order(NumberOrder order) {
        orders.add(order);
        offered.remove(order.number());
        return new OrderOutcome.Completed("CR-" + order.reference());
    }

    @Override
    public OrderOutcome lookUp(NumberOrder order) {
        return orders.stream().anyMatch(placed -> placed.reference().equals(order.reference()))
                ? new OrderOutcome.Completed("CR-" + order.reference()) : new OrderOutcome.Unknown();
    }

    @Override
    public void release(String carrierReference) {
    }

    @Override
    public PlacedCall dial(CallRequest request) {
        throw new UnsupportedOperationException("this carrier only sells numbers");
    }
}
