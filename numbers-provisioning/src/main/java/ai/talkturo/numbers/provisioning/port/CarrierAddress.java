package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.address.Address;

/** The customer's address as a carrier needs it for numbers that require one; {@code region} may be null. */
public record CarrierAddress(String id, String customerName, String street, String city, String postalCode,
                             String region, String countryCode) {

    public static CarrierAddress of(Address address) {
        return new CarrierAddress(address.id(), address.customerName(), address.street(), address.city(),
                address.postalCode(), address.region(), address.countryCode());
    }
}
