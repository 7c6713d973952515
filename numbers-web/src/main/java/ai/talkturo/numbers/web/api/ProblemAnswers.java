package ai.talkturo.numbers.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The problems each operation of the OpenAPI document can answer, as {@code application/problem+json} with the
 * {@code Problem} schema and, per status, the contract's codes. Every operation can be {@code 401}; every partner
 * operation {@code 429}; one with a body {@code 400}, {@code 413} and {@code 415}, and a {@code POST} also
 * {@code 409 request_in_progress} and {@code 422 idempotency_key_reused}; one with an id in its path {@code 404};
 * and the refusals of its own rules ({@link #OWN}).
 */
final class ProblemAnswers {

    static final String SCHEMA = "Problem";

    /** What each status means, with its codes, as the contract's table of error codes says. */
    private static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry("400", "validation_failed (malformed JSON, a missing, malformed or unknown field; errors names "
                    + "each) or invalid_phone_number"),
            Map.entry("401", "unauthenticated: no key, an unknown or revoked key, or a partner key on /api/admin"),
            Map.entry("402", "plan_limit_reached or trial_number_in_use"),
            Map.entry("404", "not_found: no such resource in this account"),
            Map.entry("409", "a conflict: see the code (number_not_available, number_not_active, "
                    + "assistant_has_no_number, invalid_status_transition, do_not_call, conflict, request_in_progress)"),
            Map.entry("413", "payload_too_large"),
            Map.entry("415", "unsupported_media_type: the body is not JSON (a document: not multipart/form-data, or its "
                    + "file not a PDF, PNG or JPEG by its content)"),
            Map.entry("422", "a rule refused the request: see the code (country_not_supported, address_required, "
                    + "regulatory_documents_required, number_not_owned, idempotency_key_reused)"),
            Map.entry("429", "rate_limited: Retry-After says when to come back"),
            Map.entry("502", "carrier_unavailable: the carrier failed or timed out"),
            Map.entry("503", "secrets_key_missing: this server keeps no carrier credentials"));

    /** The refusals of each operation's own rules, beyond those every operation of its kind has. */
    private static final Map<String, Set<String>> OWN = Map.ofEntries(
            Map.entry("searchPhoneNumbers", Set.of("422", "502")),
            Map.entry("purchasePhoneNumber", Set.of("402", "409", "422", "502")),
            Map.entry("importPhoneNumber", Set.of("402", "409", "422", "502", "503")),
            Map.entry("releasePhoneNumber", Set.of("409")),
            Map.entry("updatePhoneNumber", Set.of("409")),
            Map.entry("assignPhoneNumber", Set.of("409")),
            Map.entry("placeCall", Set.of("404", "409", "502")),
            Map.entry("startCampaign", Set.of("404", "409")),
            Map.entry("createCrmCampaign", Set.of("404", "409")),
            Map.entry("pauseCampaign", Set.of("409")),
            Map.entry("resumeCampaign", Set.of("409")),
            Map.entry("listCrmCampaigns", Set.of("400", "404")),
            Map.entry("createAssistant", Set.of("404")),
            Map.entry("createAddress", Set.of("422")),
            Map.entry("createComplianceProfile", Set.of("404", "422")),
            Map.entry("updateComplianceProfile", Set.of("409")),
            Map.entry("addComplianceDocument", Set.of("409")),
            Map.entry("submitComplianceProfile", Set.of("409", "422", "502")),
            Map.entry("suspendPhoneNumber", Set.of("409")),
            Map.entry("resumePhoneNumber", Set.of("409")),
            Map.entry("getRoute", Set.of("400")));

    private ProblemAnswers() {
    }

    /** Adds the problems the operation at {@code path} can answer to its responses. */
    static void addTo(String path, PathItem.HttpMethod method, Operation operation) {
        for (String status : problemsOf(path, method, operation)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                    .description(STATUSES.get(status))
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema()
                                    .ref("#/components/schemas/" + SCHEMA)))));
        }
    }

    private static Set<String> problemsOf(String path, PathItem.HttpMethod method, Operation operation) {
        Set<String> statuses = new TreeSet<>();
        statuses.add("401");
        if (!path.startsWith("/api/admin/")) {
            statuses.add("429");
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of("400", "413", "415"));
        }
        if (method == PathItem.HttpMethod.POST) {
            statuses.addAll(List.of("409", "422"));
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getName().equals("limit") || parameter.getName().equals("cursor"))) {
            statuses.add("400");
        }
        statuses.addAll(OWN.getOrDefault(operation.getOperationId(), Set.of()));
        return statuses;
    }

    /** The schema of {@link Problem}. */
    static Schema schema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", text("/problems/<code>"));
        properties.put("title", text("what went wrong, in a few words"));
        properties.put("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                .description("the HTTP status"));
        properties.put("detail", text("what went wrong with this request, in words a person can act on"));
        properties.put("code", text("the stable code of the refusal, for programs"));
        properties.put("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                .description("each bad field, for validation_failed and invalid_phone_number")
                .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .properties(new LinkedHashMap<>(Map.of("field", text("the field, by its path"))))
                        .addProperty("message", text("what is wrong"))));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail with the API's stable code")
                .required(new ArrayList<>(List.of("type", "title", "status", "detail", "code")))
                .properties(properties);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
