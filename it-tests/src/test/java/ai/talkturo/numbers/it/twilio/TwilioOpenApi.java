package ai.talkturo.numbers.it.twilio;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's published OpenAPI description of the numbers and calls API
 * ({@code shared/carriers/twilio-api-v2010-numbers-calls.json}), and the check of a request against it. The file is
 * found through the system property {@code twilio.openapi}, else by walking up from the working directory and from
 * these test classes to a directory holding {@code shared/carriers/…}: in a checkout that is the repository's parent.
 */
final class TwilioOpenApi {

    static final String PROPERTY = "twilio.openapi";
    private static final Path RELATIVE = Paths.get("shared", "carriers", "twilio-api-v2010-numbers-calls.json");

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
            validator = OpenApiInteractionValidator.createForSpecificationUrl(location().toUri().toString())
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

    static Path location() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Paths.get(configured).toAbsolutePath();
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException(PROPERTY + " names " + path + ", which is not a file");
            }
            return path;
        }
        List<Path> origins = new ArrayList<>();
        origins.add(Paths.get("").toAbsolutePath());
        testClasses().ifPresent(origins::add);
        for (Path origin : origins) {
            for (Path directory = origin; directory != null; directory = directory.getParent()) {
                Path candidate = directory.resolve(RELATIVE);
                if (Files.isRegularFile(candidate)) {
                    return candidate.normalize();
                }
            }
        }
        throw new IllegalStateException("Twilio's OpenAPI description " + RELATIVE + " is neither in a parent of "
                + origins + " nor named by the system property " + PROPERTY);
    }

    private static Optional<Path> testClasses() {
        try {
            return Optional.of(Paths.get(TwilioOpenApi.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
