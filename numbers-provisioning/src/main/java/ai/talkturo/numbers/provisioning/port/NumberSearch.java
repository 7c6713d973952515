package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import java.util.Objects;

/**
 * What a customer looks for. Optional filters are null, and a blank one is taken as none: {@code areaCode} (US/CA
 * area code or the national destination code elsewhere, digits only), {@code locality} (city), {@code region} (state
 * or province), {@code contains} (digits, {@code *} for any one digit). {@code limit} is 1 to 20.
 */
public record NumberSearch(Country country, NumberType type, String areaCode, String locality, String region,
                           String contains, int limit) {

    public NumberSearch {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(type, "type");
        if (limit < 1 || limit > 20) {
            throw new InvalidValue("limit must be 1 to 20");
        }
        areaCode = given(areaCode);
        locality = given(locality);
        region = given(region);
        contains = given(contains);
    }

    private static String given(String filter) {
        return filter == null || filter.isBlank() ? null : filter.strip();
    }
}
