package ai.talkturo.numbers.domain.compliance;

/**
 * What a carrier calls a profile it reviews: {@code profile} is its id of the whole (Twilio's bundle, Telnyx's
 * requirement group), {@code address} its id of the profile's address where it keeps one (Twilio); either is null
 * until the carrier gave one.
 */
public record CarrierReferences(String profile, String address) {

    public static final CarrierReferences NONE = new CarrierReferences(null, null);
}
