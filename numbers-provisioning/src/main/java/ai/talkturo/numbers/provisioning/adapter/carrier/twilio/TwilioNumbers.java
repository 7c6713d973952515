package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.adapter.carrier.Backoff;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierError;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import ai.talkturo.numbers.provisioning.port.ProfileForReview;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Twilio's REST API 2010-04-01 for one account's phone numbers, over {@link TwilioWire}: searches and offers through
 * {@link TwilioAvailableNumbers}, calls through {@link TwilioCalls}, compliance profiles as regulatory bundles of
 * Numbers v2 through {@link TwilioBundles}, purchases, look-ups and releases here. A plain
 * class, so tests build it without CDI; {@link TwilioCarrier} adds configuration and fault tolerance around it.
 *
 * <p>A purchase is never repeated blindly, since Twilio has no idempotency key: {@link #order(NumberOrder)} first
 * asks whether the account already owns the number, repeats a request only when Twilio said it did not process it
 * ({@code 429}), and when the answer to the purchase is lost (5xx, timeout, dropped connection) asks once more
 * whether the account owns the number, answering {@link OrderOutcome.Pending} if it cannot tell yet.
 */
class TwilioNumbers implements Carrier {

    static final String NAME = "twilio";

    private static final Pattern INCOMING_NUMBER_SID = Pattern.compile("^PN[0-9a-fA-F]{32}$");
    private static final Pattern ADDRESS_SID = Pattern.compile("^AD[0-9a-fA-F]{32}$");
    private static final int FRIENDLY_NAME_LIMIT = 64;

    final TwilioWire wire;
    private final TwilioAvailableNumbers available;
    private final TwilioCalls calls;
    private final TwilioBundles bundles;

    TwilioNumbers(TwilioSettings settings, Client client, Backoff backoff) {
        this.wire = new TwilioWire(settings, client, backoff);
        this.available = new TwilioAvailableNumbers(wire);
        this.calls = new TwilioCalls(wire);
        this.bundles = new TwilioBundles(wire);
    }

    TwilioNumbers(TwilioSettings settings, Client client) {
        this(settings, client, Backoff.standard());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<NumberOffer> search(NumberSearch search) {
        return available.search(search);
    }

    @Override
    public Optional<NumberOffer> offer(E164Number number) {
        return available.offer(number);
    }

    /**
     * Buys the number unless the account owns it already: {@code POST …/IncomingPhoneNumbers.json} with the
     * product's reference as {@code FriendlyName} and the webhook URLs built from the public base URL; an order
     * covered by a compliance profile names its approved bundle as {@code BundleSid} and the bundle's address as
     * {@code AddressSid}.
     *
     * @throws CarrierRefusal when Twilio wants an address (21631), a regulatory bundle or identity (21649, 21650),
     *                        or no longer offers the number (21422, 21452)
     * @throws CarrierUnavailable when nothing was bought: Twilio could not be reached, refused our credentials or
     *                            kept answering 429
     */
    @Override
    public OrderOutcome order(NumberOrder order) {
        OrderOutcome known = lookUp(order);
        if (known instanceof OrderOutcome.Completed) {
            return known;
        }
        String what = "buy " + order.number();
        TwilioWire.Answer answer;
        try {
            answer = wire.postOnce(what, wire.account().path("IncomingPhoneNumbers.json"), purchaseForm(order));
        } catch (ProcessingException e) {
            if (TwilioWire.neverConnected(e)) {
                throw TwilioWire.unreachable(what, e);
            }
            return settleUncertainPurchase(order);
        }
        if (answer.status() == 200 || answer.status() == 201) {
            return answer.json()
                    .map(json -> CarrierJson.text(json, "sid"))
                    .<OrderOutcome>map(OrderOutcome.Completed::new)
                    .orElseGet(() -> settleUncertainPurchase(order));
        }
        if (answer.status() >= 500) {
            return settleUncertainPurchase(order);
        }
        return refused(order, answer);
    }

    /**
     * {@code GET …/IncomingPhoneNumbers.json?PhoneNumber=+E164}: {@link OrderOutcome.Completed} with the number's
     * SID when the account owns it, {@link OrderOutcome.Unknown} otherwise.
     */
    @Override
    public OrderOutcome lookUp(NumberOrder order) {
        String number = order.number().value();
        WebTarget target = wire.account().path("IncomingPhoneNumbers.json").queryParam("PhoneNumber", number);
        String what = "look up " + number;
        TwilioWire.Answer answer = wire.get(what, target);
        if (answer.status() != 200) {
            throw TwilioWire.unavailable(what, answer);
        }
        return CarrierJson.objects(answer.json(what), "incoming_phone_numbers").stream()
                .filter(owned -> number.equals(CarrierJson.text(owned, "phone_number")))
                .map(owned -> CarrierJson.text(owned, "sid"))
                .filter(Objects::nonNull)
                .findFirst()
                .<OrderOutcome>map(OrderOutcome.Completed::new)
                .orElseGet(OrderOutcome.Unknown::new);
    }

    /** {@code DELETE …/IncomingPhoneNumbers/{Sid}.json}; a number Twilio no longer has (404) is released already. */
    @Override
    public void release(String carrierReference) {
        if (carrierReference == null || !INCOMING_NUMBER_SID.matcher(carrierReference).matches()) {
            throw new IllegalArgumentException(
                    "A Twilio phone number SID is PN followed by 32 hexadecimal digits, not " + carrierReference);
        }
        WebTarget target = wire.account().path("IncomingPhoneNumbers").path(carrierReference + ".json");
        String what = "release " + carrierReference;
        TwilioWire.Answer answer;
        try {
            answer = wire.exchange(what, () -> wire.request(target).delete());
        } catch (ProcessingException e) {
            throw TwilioWire.unreachable(what, e);
        }
        if (answer.status() == 204 || answer.status() == 200 || answer.status() == 404) {
            return;
        }
        throw TwilioWire.unavailable(what, answer);
    }

    @Override
    public PlacedCall dial(CallRequest call) {
        return calls.dial(call);
    }

    private Form purchaseForm(NumberOrder order) {
        Form form = new Form().param("PhoneNumber", order.number().value());
        if (order.reference() != null && !order.reference().isBlank()) {
            String reference = order.reference();
            form.param("FriendlyName", reference.length() <= FRIENDLY_NAME_LIMIT ? reference : reference.substring(0, FRIENDLY_NAME_LIMIT));
        }
        form.param("VoiceUrl", wire.settings.voiceUrl())
                .param("VoiceMethod", "POST")
                .param("StatusCallback", wire.settings.statusCallbackUrl());
        CarrierReferences compliance = order.compliance();
        if (compliance != null && compliance.profile() != null) {
            form.param("BundleSid", compliance.profile());
        }
        if (compliance != null && compliance.address() != null) {
            form.param("AddressSid", compliance.address());
        } else if (order.address() != null && order.address().id() != null
                && ADDRESS_SID.matcher(order.address().id()).matches()) {
            // an address registered at Twilio under its own SID, for a number sold without a bundle
            form.param("AddressSid", order.address().id());
        }
        return form;
    }

    /** After a lost answer: the account owns the number, or the order's fate is left to a later {@link #lookUp}. */
    private OrderOutcome settleUncertainPurchase(NumberOrder order) {
        return ownedNow(order).orElseGet(() -> new OrderOutcome.Pending(null));
    }

    /** The order as completed if Twilio says now that the account owns the number; empty if not, or if it cannot tell. */
    private Optional<OrderOutcome> ownedNow(NumberOrder order) {
        try {
            OrderOutcome found = lookUp(order);
            return found instanceof OrderOutcome.Completed ? Optional.of(found) : Optional.empty();
        } catch (CarrierUnavailable e) {
            return Optional.empty();
        }
    }

    private OrderOutcome refused(NumberOrder order, TwilioWire.Answer answer) {
        E164Number number = order.number();
        CarrierError error = answer.error();
        if (error.hasCode("21631", "21615")) {
            throw new CarrierRefusal(CarrierRefusal.Reason.ADDRESS_REQUIRED,
                    "Twilio sells " + number + " only to a buyer with an address in the number's locality: " + error.describe());
        }
        if (error.hasCode("21649", "21650")) {
            throw new CarrierRefusal(CarrierRefusal.Reason.REGULATORY,
                    "Twilio sells " + number + " only with an approved regulatory bundle or identity document: " + error.describe());
        }
        boolean saysNotAvailable = (answer.status() == 400 || answer.status() == 404) && error.mentions("not available");
        if (error.hasCode("21422", "21452") || saysNotAvailable) {
            // A purchase repeated below this class (a client resending the POST) is refused as not available:
            // the number may be ours.
            return ownedNow(order).orElseThrow(() -> new CarrierRefusal(CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE,
                    "Twilio no longer offers " + number + ": " + error.describe()));
        }
        if (answer.credentialsRefused()) {
            throw new CarrierUnavailable("Twilio refused the account's credentials: " + error.describe());
        }
        return new OrderOutcome.Failed("Twilio refused to sell " + number + ": " + error.describe());
    }

    /**
     * The profile as a regulatory bundle with its end user, documents and address, evaluated and submitted; answers
     * the bundle's SID and the address's.
     *
     * @throws CarrierRefusal when Twilio's evaluation finds something missing, in its words
     */
    @Override
    public CarrierReferences submitForReview(ProfileForReview profile) {
        return bundles.submit(profile);
    }

    /** What the bundle's status says now; see {@link TwilioBundles#reviewOf}. */
    @Override
    public ReviewOutcome reviewOf(CarrierReferences profile) {
        return bundles.reviewOf(profile);
    }
}
