package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.DomainException;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a Telnyx number order, as the API answers it and as the {@code number_order.complete} webhook carries it,
 * into an {@link OrderOutcome}. The status of the ordered number wins over the status of the order; an order that
 * failed because its requirements were not met fails with the address the regulator asks for.
 *
 * <p>Telnyx sells before it verifies: a number whose requirements are not met yet ({@code requirements_met} false,
 * {@code requirements_status} pending or under review) is {@link OrderOutcome.Pending} with words saying what Telnyx
 * waits for and its {@code deadline}, even when its status is already {@code success}: it takes no calls until the
 * documents are accepted. Requirements Telnyx declined, or an order it cancelled because the deadline passed, fail
 * the order with Telnyx's reasons. A number without requirements reads as it always did.
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
        return outcomeOf(order, number, null, group -> null);
    }

    /**
     * As {@link #outcomeOf(JsonObject, E164Number)}, for an order placed with the requirement group
     * {@code requirementGroupId} (null: none, or unknown); {@code profileOfGroup} names the compliance profile a
     * requirement group was made from, or answers null, for words a person recognises.
     */
    static OrderOutcome outcomeOf(JsonObject order, E164Number number, String requirementGroupId,
                                  Function<String, String> profileOfGroup) {
        String orderId = CarrierJson.text(order, "id");
        JsonObject ordered = orderedNumber(order, number);
        String status = Optional.ofNullable(CarrierJson.text(ordered, "status"))
                .orElse(CarrierJson.text(order, "status"));
        Requirements requirements = Requirements.of(order, ordered, requirementGroupId);
        E164Number which = Optional.ofNullable(number).orElseGet(() -> numberIn(ordered));
        if (requirements.refused()) {
            return new OrderOutcome.Failed(requirements.refusal(which, profileName(requirements, profileOfGroup)));
        }
        if (FAILURE.equals(status)) {
            return new OrderOutcome.Failed(requirements.group() == null
                    ? failureReason(order, ordered, number)
                    : "Telnyx could not supply " + (which == null ? "the number" : which) + "; choose another number");
        }
        if (requirements.pending()) {
            return new OrderOutcome.Pending(orderId, requirements.waitingFor(which,
                    profileName(requirements, profileOfGroup)));
        }
        if (SUCCESS.equals(status)) {
            String phoneNumberId = CarrierJson.text(ordered, "id");
            return phoneNumberId == null || phoneNumberId.isBlank()
                    ? new OrderOutcome.Pending(orderId)
                    : new OrderOutcome.Completed(phoneNumberId);
        }
        return new OrderOutcome.Pending(orderId);
    }

    /** The requirement group a number of {@code order} names, null when none. */
    static String requirementGroupOf(JsonObject order, E164Number number) {
        return CarrierJson.text(orderedNumber(order, number), "requirement_group_id");
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

    /** Words a person can act on when Telnyx sells {@code number} only with a requirement group. */
    static String groupReason(E164Number number) {
        String numbers = number.country()
                .map(country -> country.displayName() + " " + number.numberType().apiName() + " numbers")
                .orElse("these numbers");
        return "Telnyx sells " + numbers + " such as " + number + " only with a compliance profile handed to it for "
                + "review; submit a compliance profile for " + numbers + " (POST /api/compliance-profiles) and buy "
                + "again naming it";
    }

    private static String failureReason(JsonObject order, JsonObject ordered, E164Number number) {
        E164Number failed = Optional.ofNullable(number).orElseGet(() -> numberIn(ordered));
        if (Boolean.FALSE.equals(CarrierJson.bool(ordered, "requirements_met"))
                || Boolean.FALSE.equals(CarrierJson.bool(order, "requirements_met"))) {
            return addressReason(failed);
        }
        return "Telnyx could not supply " + (failed == null ? "the number" : failed) + "; choose another number";
    }

    private static String profileName(Requirements requirements, Function<String, String> profileOfGroup) {
        if (requirements.group() == null) {
            return null;
        }
        try {
            return profileOfGroup.apply(requirements.group());
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /**
     * What Telnyx says of a number's regulatory requirements: whether they are met, their status (empty when not
     * given), the deadline for meeting them, the requirement group they come from, and the reasons of those it did
     * not accept.
     */
    private record Requirements(Boolean metFlag, String status, Instant deadline, String group, List<String> reasons) {

        /** Telnyx's words for requirements it still waits for or reviews. */
        private static final Set<String> WAITING = Set.of("pending", "pending-approval", "requirement-info-pending",
                "requirement-info-under-review", "in-review", "in_review", "under-review");
        /** Telnyx's words for an order given up on: the deadline passed, or the number was taken back. */
        private static final Set<String> CANCELLED = Set.of("cancelled", "canceled", "deleted", "expired");

        static Requirements of(JsonObject order, JsonObject ordered, String requirementGroupId) {
            Boolean met = Optional.ofNullable(CarrierJson.bool(ordered, "requirements_met"))
                    .orElse(CarrierJson.bool(order, "requirements_met"));
            String status = Optional.ofNullable(CarrierJson.text(ordered, "requirements_status"))
                    .map(text -> text.toLowerCase(Locale.ROOT)).orElse("");
            String group = Optional.ofNullable(CarrierJson.text(ordered, "requirement_group_id"))
                    .orElse(requirementGroupId);
            List<String> reasons = new ArrayList<>();
            for (JsonObject requirement : CarrierJson.objects(ordered, "regulatory_requirements")) {
                String requirementStatus = Optional.ofNullable(CarrierJson.text(requirement, "status")).orElse("");
                if (TelnyxRequirements.declined(requirementStatus)) {
                    reasons.add(TelnyxRequirements.reasonOf(requirement));
                }
            }
            return new Requirements(met, status, CarrierJson.instant(ordered, "deadline"), group, List.copyOf(reasons));
        }

        boolean met() {
            return Boolean.TRUE.equals(metFlag) || "approved".equals(status);
        }

        boolean refused() {
            return !met() && (TelnyxRequirements.declined(status) || CANCELLED.contains(status));
        }

        boolean pending() {
            return !met() && !refused() && (Boolean.FALSE.equals(metFlag) || WAITING.contains(status));
        }

        String waitingFor(E164Number number, String profile) {
            String by = deadline == null ? "" : ", by " + day(deadline);
            if (group == null) {
                return "Telnyx is waiting for the regulatory documents of " + numberWords(number) + "; it takes calls "
                        + "once Telnyx has accepted them, and Telnyx cancels it unless they are given" + by;
            }
            return "Telnyx is verifying the documents of " + profileWords(profile) + "; the number takes calls once "
                    + "they are accepted" + by;
        }

        String refusal(E164Number number, String profile) {
            if (CANCELLED.contains(status)) {
                return "Telnyx cancelled the order for " + numberWords(number) + ": its regulatory documents were not "
                        + "accepted" + (deadline == null ? " in time" : " by " + day(deadline))
                        + "; buy it again with an approved compliance profile";
            }
            String why = reasons.isEmpty() ? "" : ": " + String.join("; ", reasons);
            return "Telnyx declined the documents of " + profileWords(profile) + " for " + numberWords(number) + why
                    + "; correct the compliance profile, submit it again and buy the number again";
        }

        private String profileWords(String profile) {
            if (profile != null) {
                return "compliance profile " + profile;
            }
            return group == null ? "the number's compliance profile"
                    : "the number's compliance profile (Telnyx requirement group " + group + ")";
        }

        private static String numberWords(E164Number number) {
            return number == null ? "the number" : number.toString();
        }

        private static String day(Instant instant) {
            return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
        }
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
