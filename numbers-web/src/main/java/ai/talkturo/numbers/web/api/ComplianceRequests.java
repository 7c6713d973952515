package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the compliance profile endpoints (classes, not records: see {@link AssistantRequests}). */
public final class ComplianceRequests {

    private ComplianceRequests() {
    }

    /** Who the numbers are for, as the regulator wants them named. */
    public static class EndUserBody {
        @NotBlank
        @Size(max = 200)
        @Schema(required = true)
        public String name;
        @NotBlank
        @Size(max = 200)
        @Schema(required = true)
        public String email;
        @Size(max = 100)
        public String registrationNumber;

        EndUser toEndUser() {
            return new EndUser(name, email, registrationNumber);
        }
    }

    public static class NewProfile {
        @NotNull
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code such as DE")
        @Schema(required = true, type = SchemaType.STRING)
        public String countryCode;
        @NotNull
        @Pattern(regexp = "local|toll-free|mobile|national", message = "must be one of local, toll-free, mobile, national")
        @Schema(required = true, type = SchemaType.STRING)
        public String numberType;
        @NotNull
        @Pattern(regexp = "business|individual", message = "must be business or individual")
        @Schema(required = true, type = SchemaType.STRING)
        public String endUserType;
        @NotNull
        @Valid
        @Schema(required = true)
        public EndUserBody endUser;
        @Size(max = 40)
        public String addressId;

        Country country() {
            return Country.fromCode(countryCode);
        }

        NumberType type() {
            return NumberType.fromApiName(numberType).orElseThrow();
        }

        EndUserType endUserKind() {
            return EndUserType.fromApiName(endUserType).orElseThrow();
        }
    }

    /** A change of a draft or rejected profile: what is left out stays as it is. */
    public static class ProfileChange {
        @Valid
        public EndUserBody endUser;
        @Size(max = 40)
        public String addressId;
    }
}
