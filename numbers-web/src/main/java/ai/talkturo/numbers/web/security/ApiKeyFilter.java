package ai.talkturo.numbers.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every request to {@code /api} presents {@code Authorization: Bearer <key>}: the operator key under
 * {@code /api/admin}, a partner key elsewhere.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    ApiKeys apiKeys;
    @Inject
    OperatorKey operatorKey;
    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = bearerKey(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (key == null) {
            throw new Unauthenticated("send your API key as Authorization: Bearer <key>");
        }
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (path.startsWith("admin/") || path.equals("admin")) {
            if (!operatorKey.matches(key)) {
                throw new Unauthenticated("this endpoint takes the operator key");
            }
            return;
        }
        caller.authenticateAs(apiKeys.accountOf(key).orElseThrow(() -> new Unauthenticated("unknown or revoked API key")));
    }

    private static String bearerKey(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String key = header.substring(BEARER.length()).trim();
        return key.isEmpty() ? null : key;
    }
}
