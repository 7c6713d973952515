package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.compliance.ComplianceRequirements;
import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The countries Numbers sells in, their number types and what each needs to be bought. */
@Tag(name = "Phone numbers")
@Path("countries")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CountriesResource {

    /** What a compliance profile for one kind of end user must hold. */
    public record RequirementsJson(String address, List<String> documents, boolean registrationNumber) {

        static RequirementsJson of(ComplianceRequirements requirements) {
            return new RequirementsJson(requirements.address().apiName(), Arrays.stream(DocumentType.values())
                    .filter(requirements.documents()::contains).map(DocumentType::apiName).toList(),
                    requirements.registrationNumber());
        }
    }

    /**
     * A number type of a country: the address its buyer gives, whether it may be shown as caller ID, and whether it
     * is sold only with an approved compliance profile, with what that must hold for a business and for a person
     * ({@code requirements}, absent when no profile is needed).
     */
    @JsonbNillable
    public record NumberTypeJson(String type, String addressRequirement, boolean callerId,
                                 boolean complianceProfileRequired, Map<String, RequirementsJson> requirements) {
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
        Map<String, RequirementsJson> requirements = new LinkedHashMap<>();
        for (EndUserType endUser : EndUserType.values()) {
            ComplianceRequirements.of(country, type, endUser)
                    .ifPresent(asked -> requirements.put(endUser.apiName(), RequirementsJson.of(asked)));
        }
        return new NumberTypeJson(type.apiName(), country.addressRequirement(type).apiName(), country.callerIdAllowed(type),
                !requirements.isEmpty(), requirements.isEmpty() ? null : requirements);
    }

    @Operation(operationId = "listCountries", summary = "List the countries sold, with their number types and rules")
    @GET
    public Countries countries() {
        return COUNTRIES;
    }
}
