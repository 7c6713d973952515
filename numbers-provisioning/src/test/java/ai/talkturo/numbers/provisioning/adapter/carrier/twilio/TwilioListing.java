package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A number the simulated Twilio offers: what {@code AvailablePhoneNumbers} lists about it. The number must be valid
 * for libphonenumber and of the listed country and type (North American toll-free numbers belong to the US and Canada
 * alike). {@code addressRequirements} is Twilio's {@code none}, {@code any}, {@code local} or {@code foreign};
 * {@code capabilities} keeps Twilio's letter case ({@code voice}, {@code SMS}, {@code MMS}).
 */
public record TwilioListing(String phoneNumber, Country country, NumberType type, String locality, String region,
                            String postalCode, String latitude, String longitude, String addressRequirements,
                            Map<String, Boolean> capabilities) {

    private static final Set<String> ADDRESS_REQUIREMENTS = Set.of("none", "any", "local", "foreign");
    private static final Map<String, Boolean> VOICE_AND_SMS = capabilities(true, true);

    public TwilioListing {
        E164Number number = E164Number.of(phoneNumber);
        boolean northAmericanTollFree = type == NumberType.TOLL_FREE && country.callingCode() == 1
                && number.value().startsWith("+1");
        if (number.numberType() != type || !(northAmericanTollFree || number.country().orElse(null) == country)) {
            throw new IllegalArgumentException(phoneNumber + " is a " + number.numberType() + " number of "
                    + number.regionCode() + ", not a " + type + " number of " + country);
        }
        if (!ADDRESS_REQUIREMENTS.contains(addressRequirements)) {
            throw new IllegalArgumentException("address_requirements is one of " + ADDRESS_REQUIREMENTS);
        }
        capabilities = Map.copyOf(Objects.requireNonNull(capabilities, "capabilities"));
    }

    public boolean voice() {
        return capability("voice");
    }

    public boolean sms() {
        return capability("sms");
    }

    /** A capability whatever its letter case. */
    public boolean capability(String name) {
        return capabilities.entrySet().stream().anyMatch(entry -> entry.getKey().equalsIgnoreCase(name) && entry.getValue());
    }

    /** Twilio's capability map of an available number: {@code voice} lower case, {@code SMS} and {@code MMS} upper. */
    public static Map<String, Boolean> capabilities(boolean voice, boolean sms) {
        Map<String, Boolean> capabilities = new LinkedHashMap<>();
        capabilities.put("voice", voice);
        capabilities.put("SMS", sms);
        capabilities.put("MMS", sms);
        return capabilities;
    }

    /** What the simulated Twilio has in stock when it starts. */
    static List<TwilioListing> stock() {
        return List.of(
                northAmerican("+14155552671", Country.US, "San Francisco", "CA", "94103", "37.774900", "-122.419400"),
                northAmerican("+14155552672", Country.US, "San Francisco", "CA", "94103", "37.774900", "-122.419400"),
                northAmerican("+14155552673", Country.US, "San Francisco", "CA", "94103", "37.774900", "-122.419400"),
                northAmerican("+14155550101", Country.US, "San Francisco", "CA", "94107", "37.762100", "-122.397100"),
                northAmerican("+14155550102", Country.US, "San Francisco", "CA", "94107", "37.762100", "-122.397100"),
                new TwilioListing("+14155552674", Country.US, NumberType.LOCAL, "San Francisco", "CA", "94103",
                        "37.774900", "-122.419400", "none", capabilities(false, true)),
                northAmerican("+12125550134", Country.US, "New York", "NY", "10001", "40.750600", "-73.997000"),
                northAmerican("+12125551234", Country.US, "New York", "NY", "10001", "40.750600", "-73.997000"),
                northAmerican("+15125550147", Country.US, "Austin", "TX", "78701", "30.271100", "-97.743700"),
                tollFree("+18005550199", Country.US, "none"),
                tollFree("+18005550198", Country.US, "none"),
                tollFree("+18885550123", Country.US, "none"),
                northAmerican("+14165550123", Country.CA, "Toronto", "ON", "M5H", "43.653200", "-79.383200"),
                northAmerican("+14165550124", Country.CA, "Toronto", "ON", "M5H", "43.653200", "-79.383200"),
                northAmerican("+16045550188", Country.CA, "Vancouver", "BC", "V6B", "49.282700", "-123.120700"),
                northAmerican("+16045550189", Country.CA, "Vancouver", "BC", "V6B", "49.282700", "-123.120700"),
                tollFree("+18885550177", Country.CA, "none"),
                elsewhere("+493012345678", Country.DE, NumberType.LOCAL, "Berlin", "Berlin", "local"),
                elsewhere("+493012345679", Country.DE, NumberType.LOCAL, "Berlin", "Berlin", "local"),
                elsewhere("+493098765432", Country.DE, NumberType.LOCAL, "Berlin", "Berlin", "local"),
                elsewhere("+493055512345", Country.DE, NumberType.LOCAL, "Berlin", "Berlin", "local"),
                elsewhere("+498912345678", Country.DE, NumberType.LOCAL, "München", "Bayern", "local"),
                elsewhere("+494012345678", Country.DE, NumberType.LOCAL, "Hamburg", "Hamburg", "local"),
                elsewhere("+4915112345678", Country.DE, NumberType.MOBILE, null, null, "any"),
                elsewhere("+4917612345678", Country.DE, NumberType.MOBILE, null, null, "any"),
                elsewhere("+4918012345678", Country.DE, NumberType.NATIONAL, null, null, "any"),
                elsewhere("+498001234567", Country.DE, NumberType.TOLL_FREE, null, null, "none"),
                elsewhere("+43123456789", Country.AT, NumberType.LOCAL, "Wien", "Wien", "local"),
                elsewhere("+43512123456", Country.AT, NumberType.LOCAL, "Innsbruck", "Tirol", "local"),
                elsewhere("+436641234567", Country.AT, NumberType.MOBILE, null, null, "none"),
                elsewhere("+437201234567", Country.AT, NumberType.NATIONAL, null, null, "none"),
                elsewhere("+43800123456", Country.AT, NumberType.TOLL_FREE, null, null, "none"),
                elsewhere("+41441234567", Country.CH, NumberType.LOCAL, "Zürich", "Zürich", "local"),
                elsewhere("+41441234568", Country.CH, NumberType.LOCAL, "Zürich", "Zürich", "local"),
                elsewhere("+41315551234", Country.CH, NumberType.LOCAL, "Bern", "Bern", "local"),
                elsewhere("+41791234567", Country.CH, NumberType.MOBILE, null, null, "any"),
                elsewhere("+41848123456", Country.CH, NumberType.NATIONAL, null, null, "any"),
                elsewhere("+41800123456", Country.CH, NumberType.TOLL_FREE, null, null, "none"),
                elsewhere("+97143334444", Country.AE, NumberType.LOCAL, "Dubai", "Dubai", "none"),
                elsewhere("+97126123456", Country.AE, NumberType.LOCAL, "Abu Dhabi", "Abu Dhabi", "none"),
                elsewhere("+971501234567", Country.AE, NumberType.MOBILE, null, null, "none"));
    }

    private static TwilioListing northAmerican(String number, Country country, String locality, String region,
                                               String postalCode, String latitude, String longitude) {
        return new TwilioListing(number, country, NumberType.LOCAL, locality, region, postalCode, latitude, longitude,
                "none", VOICE_AND_SMS);
    }

    private static TwilioListing tollFree(String number, Country country, String addressRequirements) {
        return new TwilioListing(number, country, NumberType.TOLL_FREE, null, null, null, null, null,
                addressRequirements, VOICE_AND_SMS);
    }

    private static TwilioListing elsewhere(String number, Country country, NumberType type, String locality,
                                           String region, String addressRequirements) {
        return new TwilioListing(number, country, type, locality, region, null, null, null, addressRequirements,
                VOICE_AND_SMS);
    }
}
