package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Twilio's published OpenAPI descriptions among the test resources, parts of twilio/twilio-oai's descriptions: the
 * 2010 API's numbers and calls ({@code carriers/twilio-api-v2010-numbers-calls.json}) and addresses
 * ({@code carriers/twilio-api-v2010-addresses.json}), and Numbers v2's regulatory compliance
 * ({@code carriers/twilio-numbers-v2-regulatory-compliance.json}); and the check of a request against the one that
 * describes its path.
 */
final class TwilioOpenApi {

    /** One of the descriptions, and which paths it describes. */
    enum Description {
        NUMBERS_AND_CALLS("/carriers/twilio-api-v2010-numbers-calls.json"),
        ADDRESSES("/carriers/twilio-api-v2010-addresses.json"),
        REGULATORY_COMPLIANCE("/carriers/twilio-numbers-v2-regulatory-compliance.json");

        private final String resource;

        Description(String resource) {
            this.resource = resource;
        }

        private static final Pattern ADDRESS_PATHS = Pattern.compile("^/2010-04-01/Accounts/[^/]+/Addresses(\\.json|/.*)$");

        static Description of(String path) {
            if (path.startsWith("/v2/")) {
                return REGULATORY_COMPLIANCE;
            }
            return ADDRESS_PATHS.matcher(path).matches() ? ADDRESSES : NUMBERS_AND_CALLS;
        }
    }

    private static final Map<Description, OpenApiInteractionValidator> VALIDATORS = new EnumMap<>(Description.class);

    private TwilioOpenApi() {
    }

    /**
     * Checks one request against the description of its path; each validator is built once per JVM, parsing a
     * description takes a moment.
     */
    static ValidationReport validate(String method, String path, Map<String, List<String>> query,
                                     Map<String, List<String>> headers, byte[] body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
        query.forEach(request::withQueryParam);
        headers.forEach(request::withHeader);
        if (body.length > 0) {
            request.withBody(new String(body, StandardCharsets.UTF_8));
        }
        return validator(Description.of(path)).validateRequest(request.build());
    }

    /** Builds every validator ahead of the first request. */
    static void prepare() {
        for (Description description : Description.values()) {
            validator(description);
        }
    }

    static synchronized OpenApiInteractionValidator validator(Description description) {
        return VALIDATORS.computeIfAbsent(description, any ->
                OpenApiInteractionValidator.createForSpecificationUrl(location(description).toString())
                        .withWhitelist(ValidationErrorsWhitelist.create().withRule(
                                "A form value is text, even when it looks like a number", TwilioOpenApi::formTextReadAsNumber))
                        .build());
    }

    /**
     * The validator reads every form value that looks like a number or a boolean as one, whatever the schema says
     * (its {@code HttpParsingUtils}), so {@code PhoneNumber=+14155552671} would break {@code "type": "string"}. On the
     * wire every form value is text: such a report about a form body, and only such a report, is set aside.
     */
    private static boolean formTextReadAsNumber(ValidationReport.Message message, ApiOperation operation,
                                                Request request, Response response) {
        return request != null
                && "validation.request.body.schema.type".equals(message.getKey())
                && message.getMessage().contains("(allowed: [\"string\"])")
                && request.getContentType().map(type -> type.startsWith("application/x-www-form-urlencoded")).orElse(false);
    }

    /** A description, a test resource of this module, copied from the carriers' folder beside the contract. */
    static URL location(Description description) {
        URL location = TwilioOpenApi.class.getResource(description.resource);
        if (location == null) {
            throw new IllegalStateException("Twilio's OpenAPI description " + description.resource
                    + " is not on the test class path");
        }
        return location;
    }
}
