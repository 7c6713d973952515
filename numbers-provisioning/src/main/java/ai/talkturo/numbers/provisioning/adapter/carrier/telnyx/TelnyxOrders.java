package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.DomainException;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Telnyx number order, as the API answers it and as the {@code number_order.complete} webhook carries it,
 * into an {@link OrderOutcome}. The status of the ordered number wins over the status of the order; an order that
 * failed because its requirements were not met fails with the address the regulator asks for.
 */
final class TelnyxOrders {

    static final String SUCCESS = "success";
    static final String FAILURE = "failure";

    private TelnyxOrders() {
    }

    /**
     * The outcome of {@code order} for {@code number}; when {@code number} is null or not in the order, its first
     * number counts.
     */
    static OrderOutcome outcomeOf(JsonObject order, E164Number number) {
        String orderId = CarrierJson.text(order, "id");
        JsonObject ordered = orderedNumber(order, number);
        String status = Optional.ofNullable(CarrierJson.text(ordered, "status"))
                .orElse(CarrierJson.text(order, "status"));
        if (SUCCESS.equals(status)) {
            String phoneNumberId = CarrierJson.text(ordered, "id");
            return phoneNumberId == null || phoneNumberId.isBlank()
                    ? new OrderOutcome.Pending(orderId)
                    : new OrderOutcome.Completed(phoneNumberId);
        }
        if (FAILURE.equals(status)) {
            return new OrderOutcome.Failed(failureReason(order, ordered, number));
        }
        return new OrderOutcome.Pending(orderId);
    }

    /** Whether {@code json} reads as a number order: it has an id or a status. */
    static boolean isOrder(JsonObject json) {
        return json != null && (CarrierJson.text(json, "id") != null || CarrierJson.text(json, "status") != null);
    }

    /** Words a person can act on when Telnyx will not sell {@code number} without an address. */
    static String addressReason(E164Number number) {
        if (number == null) {
            return "Telnyx needs an address, with proof of it, before it sells this number; "
                    + "add the address and buy again";
        }
        Optional<Country> country = number.country();
        NumberType type = number.numberType();
        AddressRequirement requirement = country.filter(c -> c.offers(type))
                .map(c -> c.addressRequirement(type))
                .orElse(AddressRequirement.NONE);
        String where = country.map(Country::displayName).orElse("the number's country");
        return switch (requirement) {
            case LOCALITY -> "Telnyx needs an address in " + where + " inside the local area of " + number
                    + ", with proof of it, before it sells this number; add such an address and buy again";
            case COUNTRY -> "Telnyx needs an address in " + where + ", with proof of it, before it sells " + number
                    + "; add such an address and buy again";
            case NONE -> "Telnyx needs documents about the buyer (an address and proof of it) before it sells "
                    + number + "; add them and buy again";
        };
    }

    private static String failureReason(JsonObject order, JsonObject ordered, E164Number number) {
        E164Number failed = Optional.ofNullable(number).orElseGet(() -> numberIn(ordered));
        if (Boolean.FALSE.equals(CarrierJson.bool(ordered, "requirements_met"))
                || Boolean.FALSE.equals(CarrierJson.bool(order, "requirements_met"))) {
            return addressReason(failed);
        }
        return "Telnyx could not supply " + (failed == null ? "the number" : failed) + "; choose another number";
    }

    private static JsonObject orderedNumber(JsonObject order, E164Number number) {
        List<JsonObject> numbers = CarrierJson.objects(order, "phone_numbers");
        if (number != null) {
            for (JsonObject candidate : numbers) {
                if (number.value().equals(CarrierJson.text(candidate, "phone_number"))) {
                    return candidate;
                }
            }
        }
        return numbers.isEmpty() ? null : numbers.get(0);
    }

    private static E164Number numberIn(JsonObject ordered) {
        String text = CarrierJson.text(ordered, "phone_number");
        if (text == null) {
            return null;
        }
        try {
            return new E164Number(text);
        } catch (DomainException e) {
            return null;
        }
    }
}
