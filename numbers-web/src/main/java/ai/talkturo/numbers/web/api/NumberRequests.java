package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.PurchaseRequest;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies that search for and buy numbers (classes, not records: see {@link AssistantRequests}). */
final class NumberRequests {

    private NumberRequests() {
    }

    public static class Search {
        @NotNull
        @Valid
        @Schema(required = true, implementation = Filters.class)
        public Filters filters;
    }

    public static class Filters {
        @NotNull
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code such as US")
        @Schema(required = true, type = SchemaType.STRING)
        public String countryCode;
        @Pattern(regexp = "local|toll-free|mobile|national", message = "must be one of local, toll-free, mobile, national")
        @Schema(type = SchemaType.STRING)
        public String numberType;
        @Pattern(regexp = "[0-9]{1,6}", message = "must be 1 to 6 digits")
        @Schema(type = SchemaType.STRING)
        public String areaCode;
        @Size(max = 100)
        public String locality;
        @Size(max = 100)
        public String region;
        @Pattern(regexp = "[0-9*]{2,16}", message = "must be 2 to 16 digits, * standing for any one digit")
        @Schema(type = SchemaType.STRING)
        public String contains;
        @Min(1)
        @Max(20)
        public Integer limit;

        NumberSearch toSearch() {
            Country country = Country.fromCode(countryCode);
            NumberType type = numberType == null ? NumberType.LOCAL : NumberType.fromApiName(numberType).orElseThrow();
            if (!country.offers(type)) {
                throw new InvalidRequest("filters.numberType", country.code() + " has no " + type.apiName()
                        + " numbers; see GET /api/countries");
            }
            return new NumberSearch(country, type, areaCode, locality, region, contains, limit == null ? 20 : limit);
        }
    }

    /** Also as Talkturo's reference writes it: {@code teamId} checked, {@code connectionId} taken and not used. */
    public static class Purchase implements AccountNamed {
        @NotBlank
        @Size(max = 20)
        @Schema(required = true)
        public String phoneNumber;
        @Size(max = 40)
        public String assistantId;
        @Size(max = 40)
        public String addressId;
        @Size(max = 40)
        public String complianceProfileId;
        @Size(max = 200)
        public String teamId;
        @Size(max = 200)
        public String connectionId;

        @Override
        public Map<String, String> accountNames() {
            return teamId == null ? Map.of() : Map.of("teamId", teamId);
        }

        PurchaseRequest toRequest() {
            return new PurchaseRequest(new E164Number(phoneNumber), assistantId, addressId, complianceProfileId);
        }
    }

    public static class Suspension {
        @NotBlank
        @Size(max = 500)
        @Schema(required = true)
        public String reason;
    }
}
