package ai.talkturo.numbers.domain.number;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form, such as {@code +14155552671}, that libphonenumber knows to be valid.
 * It knows the region it belongs to and its type.
 */
public record E164Number(String value) {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{1,14}$");
    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    public E164Number {
        if (value == null || value.isBlank() || !E164.matcher(value).matches()) {
            throw new InvalidPhoneNumber(value);
        }
        if (!PHONE_NUMBERS.isValidNumber(parse(value))) {
            throw new InvalidPhoneNumber(value);
        }
    }

    public static E164Number of(String value) {
        return new E164Number(value);
    }

    /** The libphonenumber region of the number, such as {@code US} or {@code DE}; {@code 001} for non-geographic numbers. */
    public String regionCode() {
        return PHONE_NUMBERS.getRegionCodeForNumber(parse(value));
    }

    /** The supported country the number belongs to, if it belongs to one. */
    public Optional<Country> country() {
        String region = regionCode();
        return Arrays.stream(Country.values()).filter(country -> country.code().equals(region)).findFirst();
    }

    /**
     * The supported country the number belongs to.
     *
     * @throws CountryNotSupported if the number belongs to any other country
     */
    public Country supportedCountry() {
        return country().orElseThrow(() -> new CountryNotSupported(regionCode()));
    }

    /** The type of the number as libphonenumber sees it; whatever is neither geographic, mobile nor toll-free is national. */
    public NumberType numberType() {
        return switch (PHONE_NUMBERS.getNumberType(parse(value))) {
            case FIXED_LINE, FIXED_LINE_OR_MOBILE -> NumberType.LOCAL;
            case MOBILE -> NumberType.MOBILE;
            case TOLL_FREE -> NumberType.TOLL_FREE;
            default -> NumberType.NATIONAL;
        };
    }

    @Override
    public String toString() {
        return value;
    }

    private static Phonenumber.PhoneNumber parse(String value) {
        try {
            return PHONE_NUMBERS.parse(value, null);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumber(value);
        }
    }
}
