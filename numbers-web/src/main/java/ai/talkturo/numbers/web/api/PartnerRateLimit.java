package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.web.cluster.KeyBuckets;
import ai.talkturo.numbers.web.security.ApiKeyFilter;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every request made with a partner key takes one from that key's bucket ({@link KeyBuckets}); an empty bucket is
 * {@code 429 rate_limited} with {@code Retry-After}. Every answer to a partner says where its key stands in
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}. The operator key is not limited.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class PartnerRateLimit implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String TAKEN = PartnerRateLimit.class.getName();

    @Inject
    KeyBuckets buckets;

    @Override
    public void filter(ContainerRequestContext request) {
        Object keyHash = request.getProperty(ApiKeyFilter.PARTNER_KEY_HASH);
        if (keyHash == null) {
            return;
        }
        KeyBuckets.Take take = buckets.take((String) keyHash);
        request.setProperty(TAKEN, take);
        if (!take.allowed()) {
            throw new RateLimited(take.retryAfter());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(TAKEN) instanceof KeyBuckets.Take take) {
            response.getHeaders().putSingle("RateLimit-Limit", take.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", take.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", RateLimited.seconds(take.untilFull()));
            if (!take.allowed()) {
                response.getHeaders().putSingle("Retry-After", RateLimited.seconds(take.retryAfter()));
            }
        }
    }
}
