package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.PriceList;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What Twilio offers: {@code GET …/AvailablePhoneNumbers/{CC}/{Local|TollFree|Mobile|National}.json}, read into
 * offers priced from our {@link PriceList}, with the stricter of Twilio's and the regulator's address requirement.
 */
final class TwilioAvailableNumbers {

    /** How many numbers to ask for when some filter can only be applied here, after Twilio answered. */
    private static final int WIDE_PAGE = 100;
    private static final int OFFER_PAGE = 20;
    private static final List<String> KNOWN_FEATURES = List.of("voice", "sms", "mms", "fax");

    private final TwilioWire wire;

    TwilioAvailableNumbers(TwilioWire wire) {
        this.wire = wire;
    }

    /**
     * Twilio filters by area code only in the US and Canada, and by a {@code Contains} pattern of 2 to 16
     * characters; other area codes and patterns are applied here, to a wider page.
     */
    List<NumberOffer> search(NumberSearch search) {
        Country country = search.country();
        NumberType type = search.type();
        if (!country.offers(type)) {
            return List.of();
        }
        WebTarget target = available(country, type);
        Predicate<E164Number> wanted = number -> true;
        boolean filteredHere = false;
        String areaCode = search.areaCode();
        if (areaCode != null && northAmerican(country)) {
            target = target.queryParam("AreaCode", areaCode);
        } else if (areaCode != null) {
            wanted = wanted.and(number -> nationalNumber(number).startsWith(areaCode));
            filteredHere = true;
        }
        String contains = search.contains();
        if (contains != null && contains.length() >= 2 && contains.length() <= 16) {
            target = target.queryParam("Contains", contains);
        } else if (contains != null) {
            Pattern pattern = containsPattern(contains);
            wanted = wanted.and(number -> pattern.matcher(number.value().substring(1)).find());
            filteredHere = true;
        }
        if (search.locality() != null) {
            target = target.queryParam("InLocality", search.locality());
        }
        if (search.region() != null) {
            target = target.queryParam("InRegion", search.region());
        }
        target = target.queryParam("VoiceEnabled", "true")
                .queryParam("PageSize", filteredHere ? Math.max(WIDE_PAGE, search.limit()) : search.limit());
        Predicate<E164Number> matching = wanted;
        return offers("search " + country.code() + " " + type.apiName() + " numbers", target, country, type).stream()
                .filter(offer -> matching.test(offer.number()))
                .limit(search.limit())
                .toList();
    }

    /** A search in the number's country and type with {@code Contains} set to its digits; only the exact number counts. */
    Optional<NumberOffer> offer(E164Number number) {
        Optional<Country> country = number.country();
        NumberType type = number.numberType();
        if (country.isEmpty() || !country.get().offers(type)) {
            return Optional.empty();
        }
        WebTarget target = available(country.get(), type)
                .queryParam("Contains", number.value().substring(1))
                .queryParam("VoiceEnabled", "true")
                .queryParam("PageSize", OFFER_PAGE);
        return offers("look for " + number, target, country.get(), type).stream()
                .filter(offer -> offer.number().equals(number))
                .findFirst();
    }

    private List<NumberOffer> offers(String what, WebTarget target, Country country, NumberType type) {
        TwilioWire.Answer answer = wire.get(what, target);
        if (answer.status() == 404) {
            return List.of();
        }
        if (answer.status() != 200) {
            throw TwilioWire.unavailable(what, answer);
        }
        List<NumberOffer> offers = new ArrayList<>();
        for (JsonObject item : CarrierJson.objects(answer.json(what), "available_phone_numbers")) {
            offerOf(item, country, type).ifPresent(offers::add);
        }
        return offers;
    }

    private static Optional<NumberOffer> offerOf(JsonObject item, Country country, NumberType type) {
        E164Number number;
        try {
            number = E164Number.of(CarrierJson.text(item, "phone_number"));
        } catch (InvalidPhoneNumber e) {
            return Optional.empty();
        }
        AddressRequirement twilios = addressRequirement(CarrierJson.text(item, "address_requirements"));
        AddressRequirement regulators = country.addressRequirement(type);
        return Optional.of(new NumberOffer(number, type,
                CarrierJson.text(item, "locality"),
                CarrierJson.text(item, "region"),
                PriceList.priceOf(country, type),
                features(item),
                twilios.compareTo(regulators) > 0 ? twilios : regulators));
    }

    /** {@code none} → none, {@code any} or {@code foreign} → an address in some country, {@code local} → in the locality. */
    private static AddressRequirement addressRequirement(String twilios) {
        if (twilios == null) {
            return AddressRequirement.NONE;
        }
        return switch (twilios.toLowerCase(Locale.ROOT)) {
            case "any", "foreign" -> AddressRequirement.COUNTRY;
            case "local" -> AddressRequirement.LOCALITY;
            default -> AddressRequirement.NONE;
        };
    }

    /** The capabilities that are true, lower-cased ({@code "SMS"} → {@code "sms"}), the known ones first. */
    static List<String> features(JsonObject item) {
        JsonObject capabilities = CarrierJson.object(item, "capabilities");
        if (capabilities == null) {
            return List.of();
        }
        return capabilities.keySet().stream()
                .filter(capability -> Boolean.TRUE.equals(CarrierJson.bool(capabilities, capability)))
                .map(capability -> capability.toLowerCase(Locale.ROOT))
                .distinct()
                .sorted(Comparator.comparingInt(TwilioAvailableNumbers::rank).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static int rank(String feature) {
        int index = KNOWN_FEATURES.indexOf(feature);
        return index < 0 ? KNOWN_FEATURES.size() : index;
    }

    private WebTarget available(Country country, NumberType type) {
        return wire.account().path("AvailablePhoneNumbers").path(country.code()).path(resource(type) + ".json");
    }

    private static String resource(NumberType type) {
        return switch (type) {
            case LOCAL -> "Local";
            case TOLL_FREE -> "TollFree";
            case MOBILE -> "Mobile";
            case NATIONAL -> "National";
        };
    }

    private static boolean northAmerican(Country country) {
        return country == Country.US || country == Country.CA;
    }

    /** The digits after the country calling code: {@code +4930123456} → {@code 30123456}. */
    private static String nationalNumber(E164Number number) {
        String digits = number.value().substring(1);
        return number.country()
                .map(country -> digits.substring(String.valueOf(country.callingCode()).length()))
                .orElse(digits);
    }

    /** A {@code Contains} pattern as Twilio reads it: digits as themselves, {@code *} for any one digit, anywhere. */
    private static Pattern containsPattern(String contains) {
        StringBuilder regex = new StringBuilder();
        for (char c : contains.toCharArray()) {
            regex.append(c == '*' ? "\\d" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }
}
