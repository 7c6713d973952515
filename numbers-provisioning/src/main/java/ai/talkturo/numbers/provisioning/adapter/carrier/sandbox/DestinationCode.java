package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.address.PlaceName;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.PriceList;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import java.util.List;
import java.util.Objects;

/**
 * A block of numbers the sandbox sells: the national destination code that starts them (an area code such as
 * {@code 415} for San Francisco or {@code 30} for Berlin, a mobile prefix such as {@code 151}, a toll-free prefix
 * such as {@code 800}), how many digits their national number has, which digits may open the subscriber number,
 * and, for local numbers, the locality and region they ring in with the other names people give the locality.
 */
record DestinationCode(Country country, NumberType type, String code, int length, String leadingDigits,
                              String locality, String region, List<String> otherNames) {

    private static final String ANY_LEADING_DIGIT = "23456789";

    public DestinationCode {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(type, "type");
        if (!country.offers(type)) {
            throw new IllegalArgumentException(country.code() + " has no " + type.apiName() + " numbers");
        }
        if (code == null || !code.matches("[1-9]\\d*") || length <= code.length() + 1) {
            throw new IllegalArgumentException("a destination code is digits not starting with 0, shorter than the "
                    + "national number it opens by at least two digits: " + code + " for " + length);
        }
        if (leadingDigits == null || !leadingDigits.matches("\\d+")) {
            throw new IllegalArgumentException("leading digits are digits: " + leadingDigits);
        }
        if ((type == NumberType.LOCAL) != (locality != null)) {
            throw new IllegalArgumentException("local numbers, and only they, have a locality: " + code);
        }
        otherNames = List.copyOf(otherNames);
    }

    /** Local numbers of one area: {@code area(Country.US, "415", 10, "San Francisco", "CA")}. */
    public static DestinationCode area(Country country, String code, int length, String locality, String region,
                                       String... otherNames) {
        return new DestinationCode(country, NumberType.LOCAL, code, length, ANY_LEADING_DIGIT, locality, region,
                List.of(otherNames));
    }

    /** Numbers that ring nowhere in particular: mobile, toll-free and national ones. */
    public static DestinationCode block(Country country, NumberType type, String code, int length) {
        return new DestinationCode(country, type, code, length, ANY_LEADING_DIGIT, null, null, List.of());
    }

    /** The same block, whose subscriber numbers open only with one of these digits. */
    public DestinationCode leadingWith(String digits) {
        return new DestinationCode(country, type, code, length, digits, locality, region, otherNames);
    }

    /** The country calling code as digits, {@code 49} for Germany. */
    public String callingCode() {
        return Integer.toString(country.callingCode());
    }

    /** Whether a national number, digits only and without trunk prefix, has this block's code and length. */
    public boolean covers(String nationalNumber) {
        return nationalNumber.length() == length && nationalNumber.startsWith(code);
    }

    /** Whether the numbers ring in this place, named as people write it ({@code munchen}, {@code Munich}). */
    public boolean isIn(String place) {
        return locality != null && (PlaceName.of(locality).sameAs(place)
                || otherNames.stream().anyMatch(name -> PlaceName.of(name).sameAs(place)));
    }

    /** Whether the numbers ring in this region, the code of a state, province or canton ({@code CA}, {@code BY}). */
    public boolean isInRegion(String wanted) {
        return region != null && PlaceName.of(region).sameAs(wanted);
    }

    /** The sandbox's terms for one of its numbers: the product's price list, the regulator's address rule. */
    public NumberOffer offer(E164Number number) {
        List<String> features = type == NumberType.LOCAL || type == NumberType.MOBILE
                ? List.of("voice", "sms")
                : List.of("voice");
        return new NumberOffer(number, type, locality, region, PriceList.priceOf(country, type), features,
                country.addressRequirement(type));
    }
}
