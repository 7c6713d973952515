package ai.talkturo.numbers.web.wiring;

import ai.talkturo.numbers.routing.FollowRouteChanges;
import ai.talkturo.numbers.web.cluster.RouteChangeNudges;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills the routing table once the schema is current, before the first call can come in, then has it follow the
 * numbers' change log on a thread of its own: every {@code numbers.routing.poll-interval}, and at once when another
 * instance says through the data grid that it committed a change.
 */
@Startup
@Singleton
@DependsOn("DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingStart {

    @Inject
    FollowRouteChanges follower;
    @Inject
    RouteChangeNudges nudges;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    @ConfigProperty(name = "numbers.routing.poll-interval")
    Duration pollInterval;

    private Thread thread;

    @PostConstruct
    void load() {
        follower.start();
        thread = threads.newThread(() -> follower.followUntilStopped(pollInterval));
        thread.setName("numbers-routing-follower");
        thread.setDaemon(true);
        thread.start();
        nudges.listen(follower::wake);
    }

    @PreDestroy
    void stop() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
