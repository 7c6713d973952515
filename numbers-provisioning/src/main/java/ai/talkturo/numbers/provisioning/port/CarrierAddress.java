package ai.talkturo.numbers.provisioning.port;

/** The customer's address as a carrier needs it for numbers that require one; {@code region} may be null. */
public record CarrierAddress(String id, String customerName, String street, String city, String postalCode,
                             String region, String countryCode) {
}
