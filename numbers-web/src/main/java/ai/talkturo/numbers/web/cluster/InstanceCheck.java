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
 * This instance among the others: its name, how many instances its data grid has, and how far its routing table lags
 * behind the database ({@code routingLagMs}). Ready while the lag stays within {@code numbers.routing.max-lag}: an
 * instance that cannot follow the database would answer calls from an old table, so a balancer should pass it by.
 *
 * <p>Payara calls health checks from its own health application, where a setting injected into this bean could not
 * be read (the check would fail while the application starts); so the check reads {@code max-lag} from the
 * configuration of the class loader of Numbers.
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
        Duration lag = follower.lag();
        int members = grid.members();
        return HealthCheckResponse.named("instance")
                .status(lag.compareTo(maxLag) <= 0)
                .withData("name", instance.name())
                .withData("inCluster", members > 1)
                .withData("clusterMembers", members)
                .withData("routingLagMs", lag.toMillis())
                .withData("routingPosition", follower.position())
                .build();
    }
}
