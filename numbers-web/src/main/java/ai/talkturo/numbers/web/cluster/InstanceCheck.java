package ai.talkturo.numbers.web.cluster;

import ai.talkturo.numbers.routing.FollowRouteChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * This instance among the others: its name, how many instances its data grid has, whether its routing table is
 * loaded and how far it lags behind the database ({@code routingLagMs}). Ready once the table is loaded and while the
 * lag stays within {@code numbers.routing.max-lag}: an instance that cannot follow the database would answer calls
 * from an old table, and one still starting from none, so a balancer should pass it by.
 *
 * <p>Payara calls health checks from its own health application, where the settings of Numbers are not found: the
 * check reads {@code max-lag} from the configuration of Numbers' class loader, and runs with that loader as the
 * thread's, so that the beans it asks (the routing table's follower, when a balancer asks before the application
 * has made it) are made with Numbers' settings.
 */
@Readiness
@ApplicationScoped
public class InstanceCheck implements HealthCheck {

    @Inject
    ThisInstance instance;
    @Inject
    DataGrid grid;
    @Inject
    FollowRouteChanges follower;
    private final Duration maxLag = ConfigProvider.getConfig(InstanceCheck.class.getClassLoader())
            .getValue("numbers.routing.max-lag", Duration.class);

    @Override
    public HealthCheckResponse call() {
        Thread caller = Thread.currentThread();
        ClassLoader callersLoader = caller.getContextClassLoader();
        caller.setContextClassLoader(InstanceCheck.class.getClassLoader());
        try {
            return check();
        } finally {
            caller.setContextClassLoader(callersLoader);
        }
    }

    private HealthCheckResponse check() {
        boolean loaded = follower.loaded();
        Duration lag = follower.lag();
        int members = grid.members();
        return HealthCheckResponse.named("instance")
                .status(loaded && lag.compareTo(maxLag) <= 0)
                .withData("name", instance.name())
                .withData("inCluster", members > 1)
                .withData("clusterMembers", members)
                .withData("routingLoaded", loaded)
                .withData("routingLagMs", lag.toMillis())
                .withData("routingPosition", follower.position())
                .build();
    }
}
