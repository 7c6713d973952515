package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.ImportRequest;
import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/phone-numbers/import}: the carrier, the number and the credentials of the customer's
 * account there, by the carrier's names (a class, not a record: see {@link AssistantRequests}).
 */
public class ImportBody {

    /** The longest credential we take; Twilio's and Telnyx's are far shorter. */
    static final int LONGEST_CREDENTIAL = 500;

    @NotNull
    @Pattern(regexp = "sandbox|twilio|telnyx", message = "must be one of sandbox, twilio, telnyx")
    @Schema(required = true, type = SchemaType.STRING)
    public String provider;
    @NotBlank
    @Size(max = 20)
    @Schema(required = true)
    public String phoneNumber;
    @NotNull
    @Schema(required = true, type = SchemaType.OBJECT, description = "the carrier account's credentials: accountSid and authToken for "
            + "Twilio, apiKey for Telnyx and the sandbox")
    public JsonObject credentials;
    @Size(max = 40)
    public String assistantId;

    /** @param names the credentials the provider needs, each of them required and no other taken */
    ImportRequest toRequest(List<String> names) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> given = new HashMap<>();
        for (String name : names) {
            JsonValue json = credentials.get(name);
            String value = json instanceof JsonString text ? text.getString() : null;
            if (json != null && value == null) {
                errors.add(new FieldError("credentials." + name, "must be text"));
            } else if (value == null || value.isBlank()) {
                errors.add(new FieldError("credentials." + name, "is required for " + provider));
            } else if (value.length() > LONGEST_CREDENTIAL) {
                errors.add(new FieldError("credentials." + name, "may be at most " + LONGEST_CREDENTIAL + " characters"));
            } else {
                given.put(name, value);
            }
        }
        new TreeSet<>(credentials.keySet()).stream().filter(name -> !names.contains(name)).forEach(name ->
                errors.add(new FieldError("credentials." + name, "is not a credential of " + provider
                        + "; it takes " + String.join(" and ", names))));
        if (!errors.isEmpty()) {
            throw new InvalidRequest("the request has " + errors.size() + " invalid field(s)", errors);
        }
        return new ImportRequest(provider, new E164Number(phoneNumber), new CarrierCredentials(given), assistantId);
    }
}
