package ai.talkturo.numbers.web.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The OpenAPI document of {@code /api} as partners generate clients from it: only the partner and operator API
 * (the carriers' webhooks are not for partners), each operation's success under its own status, and the problems it
 * can answer ({@code application/problem+json}, with the codes of the contract) beside it.
 *
 * <p>Which problems: every operation can be {@code 401}; every partner operation {@code 429}; one with a body
 * {@code 400}, {@code 413} and {@code 415}, and a {@code POST} also {@code 409 request_in_progress} and
 * {@code 422 idempotency_key_reused}; one with an id in its path {@code 404}; and the refusals of its own rules
 * ({@link #OWN}).
 */
public class PublishedApi implements OASFilter {

    private static final Logger LOG = Logger.getLogger(PublishedApi.class.getName());
    private static final String PROBLEM = "Problem";

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
            Map.entry("415", "unsupported_media_type: the body is not JSON"),
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
            Map.entry("suspendPhoneNumber", Set.of("409")),
            Map.entry("resumePhoneNumber", Set.of("409")),
            Map.entry("getRoute", Set.of("400")));

    /**
     * A field's {@code @Schema} brings every attribute's default along ({@code maxProperties: 0} among them, which
     * would forbid an object any field); what only repeats a default is left out.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        keepOnlyTheApi(document);
        forgetPayarasEndpointList(document);
        nameEachTagOnce(document);
        String base = ConfigProvider.getConfig().getOptionalValue("numbers.public-base-url", String.class)
                .orElse("http://localhost:8080").replaceFirst("/+$", "");
        document.setServers(List.of(OASFactory.createServer().url(base).description("This Numbers installation")));
        document.getComponents().addSchema(PROBLEM, problemSchema());
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> describe(path, method, operation)));
        forgetSchemasNothingUses(document);
    }

    /**
     * Request types that fields name with {@code @Schema(implementation = …)} are written inline there and once
     * more as components nothing refers to; those are left out.
     */
    private static void forgetSchemasNothingUses(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        Deque<Schema> reached = new LinkedList<>(); // a LinkedList: absent parts come as nulls

        for (PathItem item : document.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    reached.addAll(schemasOf(operation.getRequestBody().getContent()));
                }
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> reached.add(parameter.getSchema()));
                }
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> reached.addAll(schemasOf(response.getContent())));
            }
        }
        Set<String> used = new TreeSet<>();
        while (!reached.isEmpty()) {
            Schema schema = reached.pop();
            if (schema == null) {
                continue;
            }
            String ref = schema.getRef();
            if (ref != null) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (used.add(name)) {
                    reached.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                reached.addAll(schema.getProperties().values());
            }
            reached.add(schema.getItems());
            for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    reached.addAll(parts);
                }
            }
        }
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(document.getComponents()::removeSchema);
    }

    private static List<Schema> schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null ? List.of() : content.getMediaTypes().values().stream()
                .map(MediaType::getSchema).toList();
    }

    private static void keepOnlyTheApi(OpenAPI document) {
        List<String> others = document.getPaths().getPathItems().keySet().stream()
                .filter(path -> !path.startsWith("/api/"))
                .toList();
        others.forEach(document.getPaths()::removePathItem);
    }

    /** Payara adds a resource class's tag once more for each of its classes; the one described stays. */
    private static void nameEachTagOnce(OpenAPI document) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Tag tag : document.getTags()) {
            tags.merge(tag.getName(), tag, (kept, other) -> kept.getDescription() != null ? kept : other);
        }
        document.setTags(new ArrayList<>(tags.values()));
    }

    /**
     * Payara Micro 6 lists every path again in a top-level {@code endpoints} field that OpenAPI does not have (later
     * Payara writes it as the extension {@code x-endpoints}); emptied, it is not written at all.
     */
    private static void forgetPayarasEndpointList(OpenAPI document) {
        try {
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new TreeMap<>());
        } catch (ReflectiveOperationException notThere) {
            LOG.log(Level.FINE, "this OpenAPI model has no endpoint list to forget", notThere);
        }
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getDescription() == null) {
            operation.setDescription(operation.getSummary() + ".");
        }
        APIResponses responses = operation.getResponses();
        APIResponse fallback = responses.getDefaultValue();
        if (fallback != null) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            if (responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                responses.addAPIResponse("200", fallback.description("OK"));
            }
        }
        for (String status : problemsOf(path, method, operation)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse()
                    .description(STATUSES.get(status))
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema()
                                    .ref("#/components/schemas/" + PROBLEM)))));
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

    private static Schema problemSchema() {
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
                        .properties(Map.of("field", text("the field, by its path"), "message", text("what is wrong")))));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail with the API's stable code")
                .required(new ArrayList<>(List.of("type", "title", "status", "detail", "code")))
                .properties(properties);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
