package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.domain.number.Price;
import java.util.Map;

/**
 * What Numbers charges for a number, in USD, by country and type. Carriers report what they charge us; the
 * customer sees this list, the same whichever carrier supplies the number.
 */
public final class PriceList {

    private static final Map<NumberType, Price> NORTH_AMERICA = Map.of(
            NumberType.LOCAL, Price.of("1.15", "0.00"),
            NumberType.TOLL_FREE, Price.of("2.15", "0.00"));
    private static final Map<NumberType, Price> EUROPE = Map.of(
            NumberType.LOCAL, Price.of("1.50", "1.00"),
            NumberType.MOBILE, Price.of("4.00", "1.00"),
            NumberType.NATIONAL, Price.of("2.00", "1.00"),
            NumberType.TOLL_FREE, Price.of("10.00", "5.00"));
    private static final Map<NumberType, Price> EMIRATES = Map.of(
            NumberType.LOCAL, Price.of("12.00", "25.00"),
            NumberType.MOBILE, Price.of("20.00", "25.00"));

    private PriceList() {
    }

    public static Price priceOf(Country country, NumberType type) {
        Map<NumberType, Price> prices = switch (country) {
            case US, CA -> NORTH_AMERICA;
            case DE, AT, CH -> EUROPE;
            case AE -> EMIRATES;
        };
        Price price = prices.get(type);
        if (price == null || !country.offers(type)) {
            throw new InvalidValue(country.code() + " has no " + type.apiName() + " numbers");
        }
        return price;
    }
}
