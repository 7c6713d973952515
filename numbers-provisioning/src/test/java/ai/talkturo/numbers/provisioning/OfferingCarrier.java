package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import ai.talkturo.numbers.provisioning.port.ProfileForReview;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A carrier that offers the numbers it was given until one is ordered and counts what it was asked. It completes
 * every order at once, unless told to refuse orders ({@link #refusing}), to leave them running ({@link #slow}) or to
 * lose them ({@link #forgetful}: no trace of any order is found afterwards); it records the numbers released, unless
 * it is {@link #down}, and the calls it was asked to place, which it queues. It takes every profile for review and
 * answers {@link #review} about it; it sells before the review when told to ({@link #sellingBeforeReview}).
 */
final class OfferingCarrier implements Carrier {

    static final String NAME = "offering";

    private final Map<E164Number, NumberOffer> offered = new LinkedHashMap<>();
    final List<NumberOrder> orders = new ArrayList<>();
    int offersAsked;
    String refusing;
    boolean slow;
    boolean forgetful;
    boolean down;
    final List<String> released = new ArrayList<>();
    final List<CallRequest> dialled = new ArrayList<>();
    final List<ProfileForReview> reviewing = new ArrayList<>();
    ReviewOutcome review = new ReviewOutcome.InReview();
    String unaskable;
    boolean sellingBeforeReview;

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
        if (refusing != null) {
            return new OrderOutcome.Failed(refusing);
        }
        offered.remove(order.number());
        return slow ? new OrderOutcome.Pending("ORD-" + order.reference()) : completed(order);
    }

    @Override
    public OrderOutcome lookUp(NumberOrder order) {
        boolean placed = orders.stream().anyMatch(earlier -> earlier.reference().equals(order.reference()));
        return placed && !forgetful ? completed(order) : new OrderOutcome.Unknown();
    }

    private static OrderOutcome completed(NumberOrder order) {
        return new OrderOutcome.Completed("CR-" + order.reference());
    }

    @Override
    public void release(String carrierReference) {
        if (down) {
            throw new CarrierUnavailable("the carrier is down");
        }
        released.add(carrierReference);
    }

    @Override
    public PlacedCall dial(CallRequest request) {
        dialled.add(request);
        return PlacedCall.accepted("CA-" + request.reference(), CallStatus.QUEUED);
    }

    @Override
    public CarrierReferences submitForReview(ProfileForReview profile) {
        if (down) {
            throw new CarrierUnavailable("the carrier is down");
        }
        reviewing.add(profile);
        return new CarrierReferences("BU-" + profile.profile().id(), "AD-" + profile.profile().addressId());
    }

    @Override
    public ReviewOutcome reviewOf(CarrierReferences profile) {
        if (profile.profile().equals(unaskable)) {
            throw new IllegalStateException("this carrier is not set up");
        }
        if (down) {
            throw new CarrierUnavailable("the carrier is down");
        }
        return review;
    }

    @Override
    public boolean sellsBeforeReview() {
        return sellingBeforeReview;
    }
}
