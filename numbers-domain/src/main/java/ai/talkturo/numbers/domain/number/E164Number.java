package ai.talkturo.numbers.domain.number;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form, such as {@code +14155552671}, that libphonenumber knows to be valid.
 * It knows the region it belongs to, its type and the time zones it may ring in.
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

    /**
     * The time zones a call to this number may ring in, from libphonenumber's time-zone mapper: one for most numbers,
     * several where the number's prefix covers several (a Canadian area code across two provinces' zones, a mobile
     * number of a country with many zones); empty where the mapper does not know.
     */
    public Set<ZoneId> timeZones() {
        return PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(parse(value)).stream()
                .filter(zone -> !PhoneNumberToTimeZonesMapper.getUnknownTimeZone().equals(zone))
                .map(E164Number::zone)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknownToTheJdk) {
            return Optional.empty();
        }
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
