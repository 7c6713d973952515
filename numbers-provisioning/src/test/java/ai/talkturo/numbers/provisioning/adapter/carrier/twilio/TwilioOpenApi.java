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
import java.util.List;
import java.util.Map;

/**
 * Twilio's published OpenAPI description of the numbers and calls API
 * ({@code carriers/twilio-api-v2010-numbers-calls.json} among the test resources, the part of twilio/twilio-oai's
 * {@code twilio_api_v2010.json} that covers numbers and calls), and the check of a request against it.
 */
final class TwilioOpenApi {

    private static final String RESOURCE = "/carriers/twilio-api-v2010-numbers-calls.json";

    private static OpenApiInteractionValidator validator;

    private TwilioOpenApi() {
    }

    /** Checks one request; the validator is built once per JVM, parsing the description takes a moment. */
    static ValidationReport validate(String method, String path, Map<String, List<String>> query,
                                     Map<String, List<String>> headers, byte[] body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
        query.forEach(request::withQueryParam);
        headers.forEach(request::withHeader);
        if (body.length > 0) {
            request.withBody(new String(body, StandardCharsets.UTF_8));
        }
        return validator().validateRequest(request.build());
    }

    static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForSpecificationUrl(location().toString())
                    .withWhitelist(ValidationErrorsWhitelist.create().withRule(
                            "A form value is text, even when it looks like a number", TwilioOpenApi::formTextReadAsNumber))
                    .build();
        }
        return validator;
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

    /** The description, a test resource of this module, copied from the carriers' folder beside the contract. */
    static URL location() {
        URL location = TwilioOpenApi.class.getResource(RESOURCE);
        if (location == null) {
            throw new IllegalStateException("Twilio's OpenAPI description " + RESOURCE + " is not on the test class path");
        }
        return location;
    }
}
