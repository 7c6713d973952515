package ai.talkturo.numbers.web.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which instance this is: {@code numbers.instance-name}, or the host's name and the HTTP port; and when it started,
 * so that what an earlier run of it claimed can be told from what it claims now.
 */
@ApplicationScoped
public class ThisInstance {

    @Inject
    @ConfigProperty(name = "numbers.instance-name")
    Optional<String> configuredName;
    @Inject
    @ConfigProperty(name = "payara.instance.http.port")
    Optional<Integer> httpPort;
    @Inject
    Clock clock;

    private String name;
    private Instant startedAt;

    @PostConstruct
    void decide() {
        startedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        name = configuredName.filter(configured -> !configured.isBlank())
                .orElseGet(() -> hostName() + httpPort.map(port -> ":" + port).orElse(""));
    }

    public String name() {
        return name;
    }

    /** When this run began, to the second: that much every database keeps. */
    public Instant startedAt() {
        return startedAt;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
