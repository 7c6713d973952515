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

/** Operators revoke partner keys; a revoked key is refused from the next request on. */
@OperatorOnly
@Path("admin/api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminApiKeysResource {

    public record ApiKeyRevoked(boolean success, String apiKeyId, String revokedAt) {
    }

    @Inject
    ApiKeys apiKeys;

    @DELETE
    @Path("{keyId}")
    public ApiKeyRevoked revoke(@PathParam("keyId") String keyId) {
        return new ApiKeyRevoked(true, keyId, Times.iso(apiKeys.revoke(keyId)));
    }
}
