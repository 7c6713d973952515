package ai.talkturo.numbers.web.cluster;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket per partner key (Bucket4j): {@code numbers.api.rate-limit} requests a second, bursts up to twice
 * that. The buckets live in the data grid, compared and swapped there, so every instance of a cluster takes from
 * the same bucket; without a data grid each instance counts on its own.
 */
@ApplicationScoped
public class KeyBuckets {

    static final String MAP = "numbers-key-buckets";

    /** What taking one request from a key's bucket came to. */
    public record Take(boolean allowed, long limit, long remaining, Duration retryAfter, Duration untilFull) {
    }

    @Inject
    DataGrid grid;
    @Inject
    @ConfigProperty(name = "numbers.api.rate-limit")
    int perSecond;

    private BucketConfiguration configuration;
    private volatile ProxyManager<String> shared;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();

    /** {@code numbers.api.rate-limit} is at least 1: {@code ConfigurationCheck} stops a start with less. */
    @PostConstruct
    void configure() {
        configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(2L * perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
    }

    /** Takes one request from the bucket of the key whose hash is {@code keyHash}. */
    public Take take(String keyHash) {
        ConsumptionProbe probe = bucketOf(keyHash).tryConsumeAndReturnRemaining(1);
        return new Take(probe.isConsumed(), perSecond, probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()), Duration.ofNanos(probe.getNanosToWaitForReset()));
    }

    private Bucket bucketOf(String keyHash) {
        return proxies().<Bucket>map(proxies -> proxies.builder().build(keyHash, () -> configuration))
                .orElseGet(() -> local.computeIfAbsent(keyHash, key -> Bucket.builder().addLimit(
                        configuration.getBandwidths()[0]).build()));
    }

    private Optional<ProxyManager<String>> proxies() {
        ProxyManager<String> known = shared;
        if (known == null) {
            known = grid.member().map(member -> Bucket4jHazelcast.casBasedBuilder(member.<String, byte[]>getMap(MAP)).build())
                    .map(manager -> (ProxyManager<String>) manager)
                    .orElse(null);
            shared = known;
        }
        return Optional.ofNullable(known);
    }
}
