package ai.talkturo.numbers.web.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The component schemas nothing in the OpenAPI document refers to, left out: request types that fields name with
 * {@code @Schema(implementation = …)} are written inline there and once more as components.
 */
final class UnusedSchemas {

    private UnusedSchemas() {
    }

    static void removeFrom(OpenAPI document) {
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
            reached.add(schema.getAdditionalPropertiesSchema());
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
}
