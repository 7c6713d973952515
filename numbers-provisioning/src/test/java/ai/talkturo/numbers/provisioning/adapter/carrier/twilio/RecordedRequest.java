package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * A request the simulated Twilio received: what it asked for, the fault injected into its answer (null when none),
 * and what checking it against Twilio's OpenAPI description found. The check runs beside the answer, so that it never
 * slows the answer down; {@link #report()} waits for it.
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> query,
                              Map<String, List<String>> form, String contentType, TwilioSimulator.Operation operation,
                              TwilioSimulator.Fault fault, CompletableFuture<ValidationReport> validation) {

    public RecordedRequest {
        query = Map.copyOf(query);
        form = Map.copyOf(form);
    }

    /** The first value of a query parameter, or null. */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a form field, or null. */
    public String formField(String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** What checking the request against Twilio's OpenAPI description found, once it is done. */
    public ValidationReport report() {
        return validation.join();
    }

    /** The messages of the OpenAPI check at level ERROR; empty when the request follows the description. */
    public List<String> specViolations() {
        return report().getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
    }

    @Override
    public String toString() {
        String parameters = query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
        return method + " " + path + (parameters.isEmpty() ? "" : "?" + parameters) + (form.isEmpty() ? "" : " " + form);
    }
}
