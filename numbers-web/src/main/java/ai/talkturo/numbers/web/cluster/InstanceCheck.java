package ai.talkturo.numbers.web.cluster;

import ai.talkturo.numbers.routing.FollowRouteChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * This instance among the others: its name, how many instances its data grid has, and how far its routing table lags
 * behind the database ({@code routingLagMs}). Ready while the lag stays within {@code numbers.routing.max-lag}: an
 * instance that cannot follow the database would answer calls from an old table, so a balancer should pass it by.
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
    @Inject
    @ConfigProperty(name = "numbers.routing.max-lag")
    Duration maxLag;

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
