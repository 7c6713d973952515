package ai.talkturo.numbers.domain.address;

import ai.talkturo.numbers.domain.Identifiers;
import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Where a customer is, as regulators ask for it. {@code region} may be null; the country is an ISO 3166 code. */
public record Address(String id, String accountId, String customerName, String street, String city, String postalCode,
                      String region, String countryCode, Instant createdAt) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    public Address {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        requireText(customerName, "customerName");
        requireText(street, "street");
        requireText(city, "city");
        requireText(postalCode, "postalCode");
        if (countryCode == null || !ISO_COUNTRIES.contains(countryCode)) {
            throw new InvalidValue("countryCode must be an ISO 3166 code such as DE, not " + countryCode);
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Address register(String accountId, String customerName, String street, String city, String postalCode,
                                   String region, String countryCode, Clock clock) {
        return new Address(Identifiers.next("ad", clock), accountId, customerName, street, city, postalCode,
                region, countryCode, clock.instant());
    }

    /**
     * Whether this address lets a number of {@code country} in {@code locality} be bought: anywhere for
     * {@code NONE}, in the number's country for {@code COUNTRY}, in its locality too for {@code LOCALITY}, judged by
     * the city's name and the postal code both ({@link PostalArea}).
     */
    public boolean meets(AddressRequirement requirement, Country country, String locality) {
        return switch (requirement) {
            case NONE -> true;
            case COUNTRY -> countryCode.equals(country.code());
            case LOCALITY -> countryCode.equals(country.code()) && locality != null && PlaceName.of(locality).sameAs(city)
                    && PostalArea.holds(country, locality, postalCode);
        };
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field + " is required");
        }
    }
}
