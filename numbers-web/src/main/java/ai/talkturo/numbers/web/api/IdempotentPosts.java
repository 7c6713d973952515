package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.web.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code Idempotency-Key} on every POST: the first request with a key runs and its answer is kept; a retry with
 * the same key and the same request gets that answer again without running anything; the same key with another
 * request is refused. An answer of 5xx is not kept, so that a retry runs again.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotentPosts implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotentPosts.class.getName();

    @Inject
    Caller caller;
    @Inject
    IdempotencyKeys keys;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        if (key.isBlank() || key.length() > 255) {
            throw new InvalidRequest(HEADER, "must be 1 to 255 characters");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = hash(request.getUriInfo().getPath(), body);
        var earlier = keys.claim(caller.scope(), key, hash);
        if (earlier.isEmpty()) {
            request.setProperty(CLAIMED, key);
            return;
        }
        if (!earlier.get().requestHash().equals(hash)) {
            throw new IdempotencyKeyReused("this Idempotency-Key was used for a different request; use a new key");
        }
        if (earlier.get().status() == null) {
            throw new IdempotentRequestInProgress("the first request with this Idempotency-Key is still running; retry shortly");
        }
        request.abortWith(Response.status(earlier.get().status())
                .type(earlier.get().contentType())
                .entity(earlier.get().body())
                .header("Idempotent-Replayed", "true")
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String key = (String) request.getProperty(CLAIMED);
        if (key == null) {
            return;
        }
        if (response.getStatus() >= 500) {
            keys.forget(caller.scope(), key);
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : JsonConfig.JSONB.toJson(entity);
        MediaType type = response.getMediaType();
        keys.answered(caller.scope(), key, response.getStatus(), type == null ? MediaType.APPLICATION_JSON : type.toString(), body);
    }

    private static String hash(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
