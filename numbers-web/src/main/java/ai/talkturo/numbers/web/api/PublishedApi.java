package ai.talkturo.numbers.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The OpenAPI document of {@code /api} as partners generate clients from it: only the partner and operator API
 * (the carriers' webhooks are not for partners), each tag once, each operation's success under its own status and
 * the problems it can answer beside it ({@link ProblemAnswers}), schemas without the defaults a field's
 * {@code @Schema} drags along, and no schema that nothing uses ({@link UnusedSchemas}).
 */
public class PublishedApi implements OASFilter {

    private static final Logger LOG = Logger.getLogger(PublishedApi.class.getName());

    /**
     * A field's {@code @Schema} brings every attribute's default along ({@code maxProperties: 0} among them, which
     * would forbid an object any field); what only repeats a default is left out. A {@code long}, which the scanner
     * calls a number, is an integer.
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
        if (schema.getType() == Schema.SchemaType.NUMBER && schema.getFormat() == null) {
            // a long comes out as a number; the API's numbers are all whole (money is a decimal string)
            schema.setType(Schema.SchemaType.INTEGER);
            schema.setFormat("int64");
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
        document.getComponents().addSchema(ProblemAnswers.SCHEMA, ProblemAnswers.schema());
        describeDocumentUpload(document);
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> describe(path, method, operation)));
        UnusedSchemas.removeFrom(document);
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

    /**
     * Payara's scanner describes a {@code multipart/form-data} body as any object of any type, whatever the
     * annotations say: the document upload's form and answer are written here.
     */
    private static void describeDocumentUpload(OpenAPI document) {
        PathItem documents = document.getPaths().getPathItem("/api/compliance-profiles/{id}/documents");
        if (documents == null || documents.getPOST() == null) {
            return;
        }
        Schema form = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .enumeration(new ArrayList<>(List.of("business_registration", "proof_of_address", "government_id")))
                        .description("what the document proves"))
                .addProperty("file", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary")
                        .description("a PDF, PNG or JPEG file of at most 10 MB, judged by its content"))
                .required(new ArrayList<>(List.of("type", "file")));
        Schema answer = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("success", OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN))
                .addProperty("document", OASFactory.createSchema().ref("#/components/schemas/DocumentJson"));
        Operation upload = documents.getPOST();
        upload.setRequestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                .addMediaType("multipart/form-data", OASFactory.createMediaType().schema(form))));
        upload.getResponses().addAPIResponse("201", OASFactory.createAPIResponse().description("Created")
                .content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(answer))));
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
        ProblemAnswers.addTo(path, method, operation);
    }

}
