package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The countries Numbers sells in, their number types and what each needs to be bought. */
@Tag(name = "Phone numbers")
@Path("countries")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CountriesResource {

    public record NumberTypeJson(String type, String addressRequirement, boolean callerId) {
    }

    public record CountryJson(String code, String name, String callingCode, List<NumberTypeJson> numberTypes) {
    }

    public record Countries(boolean success, List<CountryJson> countries) {
    }

    private static final Countries COUNTRIES = new Countries(true, Arrays.stream(Country.values())
            .map(country -> new CountryJson(country.code(), country.displayName(), "+" + country.callingCode(),
                    country.numberTypes().stream().map(type -> typeOf(country, type)).toList()))
            .toList());

    private static NumberTypeJson typeOf(Country country, NumberType type) {
        return new NumberTypeJson(type.apiName(), country.addressRequirement(type).apiName(), country.callerIdAllowed(type));
    }

    @Operation(operationId = "listCountries", summary = "List the countries sold, with their number types and rules")
    @GET
    public Countries countries() {
        return COUNTRIES;
    }
}
