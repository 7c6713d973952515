package ai.talkturo.numbers.domain.number;

import static ai.talkturo.numbers.domain.number.AddressRequirement.COUNTRY;
import static ai.talkturo.numbers.domain.number.AddressRequirement.LOCALITY;
import static ai.talkturo.numbers.domain.number.AddressRequirement.NONE;
import static ai.talkturo.numbers.domain.number.NumberType.LOCAL;
import static ai.talkturo.numbers.domain.number.NumberType.MOBILE;
import static ai.talkturo.numbers.domain.number.NumberType.NATIONAL;
import static ai.talkturo.numbers.domain.number.NumberType.TOLL_FREE;

import ai.talkturo.numbers.domain.InvalidValue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A country whose numbers can be bought, with the types of number it offers and the rules that come
 * with them. Toll-free numbers of the United Arab Emirates cannot be resold, so they are not offered.
 */
public enum Country {
    AE("United Arab Emirates", 971, List.of(LOCAL, MOBILE)),
    US("United States", 1, List.of(LOCAL, TOLL_FREE)),
    CA("Canada", 1, List.of(LOCAL, TOLL_FREE)),
    DE("Germany", 49, List.of(LOCAL, MOBILE, NATIONAL, TOLL_FREE)),
    AT("Austria", 43, List.of(LOCAL, MOBILE, NATIONAL, TOLL_FREE)),
    CH("Switzerland", 41, List.of(LOCAL, MOBILE, NATIONAL, TOLL_FREE));

    private final String displayName;
    private final int callingCode;
    private final List<NumberType> numberTypes;

    Country(String displayName, int callingCode, List<NumberType> numberTypes) {
        this.displayName = displayName;
        this.callingCode = callingCode;
        this.numberTypes = numberTypes;
    }

    /** The ISO 3166-1 alpha-2 code, such as {@code DE}. */
    public String code() {
        return name();
    }

    public String displayName() {
        return displayName;
    }

    public int callingCode() {
        return callingCode;
    }

    public List<NumberType> numberTypes() {
        return numberTypes;
    }

    public boolean offers(NumberType type) {
        return numberTypes.contains(type);
    }

    /**
     * The address a buyer of a number of this type must give. Geographic numbers in Germany, Austria
     * and Switzerland need one inside their locality.
     *
     * @throws IllegalArgumentException if this country does not offer the type
     */
    public AddressRequirement addressRequirement(NumberType type) {
        if (!offers(type)) {
            throw new InvalidValue(displayName + " does not offer " + type.apiName() + " numbers");
        }
        return switch (this) {
            case AE, US, CA -> NONE;
            case DE, CH -> type == LOCAL ? LOCALITY : COUNTRY;
            case AT -> type == LOCAL ? LOCALITY : NONE;
        };
    }

    /** Whether a number of this type may be shown as caller ID; geographic numbers in the UAE only receive calls. */
    public boolean callerIdAllowed(NumberType type) {
        return !(this == AE && type == LOCAL);
    }

    /**
     * The country with exactly this upper-case ISO code.
     *
     * @throws CountryNotSupported for {@code null} and any code not listed in {@link #supportedCodes()}
     */
    public static Country fromCode(String code) {
        return Arrays.stream(values())
                .filter(country -> country.name().equals(code))
                .findFirst()
                .orElseThrow(() -> new CountryNotSupported(code));
    }

    /** The supported codes as a person reads them: {@code "AE, US, CA, DE, AT, CH"}. */
    public static String supportedCodes() {
        return Arrays.stream(values()).map(Country::code).collect(Collectors.joining(", "));
    }
}
