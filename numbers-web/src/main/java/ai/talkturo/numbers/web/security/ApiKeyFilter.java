package ai.talkturo.numbers.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every request to {@code /api} presents {@code Authorization: Bearer <key>}: the operator key for the resources
 * marked {@link OperatorOnly}, a partner key for every other one. The filter runs after JAX-RS has matched the
 * request to its resource, and asks that resource, so the way the path was spelled decides nothing.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    /** The request property holding the hash of the partner key that authenticated the request. */
    public static final String PARTNER_KEY_HASH = ApiKeyFilter.class.getName() + ".partnerKey";
    private static final String BEARER = "Bearer ";

    @Inject
    ApiKeys apiKeys;
    @Inject
    OperatorKey operatorKey;
    @Inject
    Caller caller;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = bearerKey(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (key == null) {
            throw new Unauthenticated("send your API key as Authorization: Bearer <key>");
        }
        if (operatorOnly(resource.getResourceClass())) {
            if (!operatorKey.matches(key)) {
                throw new Unauthenticated("this endpoint takes the operator key");
            }
            return;
        }
        PartnerKey partner = apiKeys.partnerOf(key).orElseThrow(() -> new Unauthenticated("unknown or revoked API key"));
        caller.authenticateAs(partner.accountId());
        request.setProperty(PARTNER_KEY_HASH, partner.hash());
    }

    static boolean operatorOnly(Class<?> resourceClass) {
        return resourceClass != null && resourceClass.isAnnotationPresent(OperatorOnly.class);
    }

    private static String bearerKey(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String key = header.substring(BEARER.length()).trim();
        return key.isEmpty() ? null : key;
    }
}
