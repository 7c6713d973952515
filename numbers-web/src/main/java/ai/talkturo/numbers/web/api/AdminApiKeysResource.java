package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.web.security.ApiKeys;
import ai.talkturo.numbers.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators revoke partner keys; a revoked key is refused from the next request on. */
@OperatorOnly
@Tag(name = "Operators")
@SecurityRequirement(name = "operatorKey")
@Path("admin/api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminApiKeysResource {

    public record ApiKeyRevoked(boolean success, String apiKeyId, String revokedAt) {
    }

    @Inject
    ApiKeys apiKeys;

    @Operation(operationId = "revokeApiKey", summary = "Revoke a partner key")
    @DELETE
    @Path("{keyId}")
    public ApiKeyRevoked revoke(@PathParam("keyId") String keyId) {
        return new ApiKeyRevoked(true, keyId, Times.iso(apiKeys.revoke(keyId)));
    }
}
