package ai.talkturo.numbers.web.wiring;

import ai.talkturo.numbers.routing.RoutingTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Fills the routing table once the schema is current, before the first call can come in. */
@Startup
@Singleton
@DependsOn("DatabaseSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingStart {

    @Inject
    RoutingTable routingTable;
    @Inject
    JpaRouteSource routes;

    @PostConstruct
    void load() {
        routingTable.load(routes);
    }
}
