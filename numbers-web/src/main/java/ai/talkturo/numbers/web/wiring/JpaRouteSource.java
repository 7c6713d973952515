package ai.talkturo.numbers.web.wiring;

import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.routing.Route;
import ai.talkturo.numbers.routing.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/** The routes of the numbers, read straight from provisioning's rows in one query. */
@ApplicationScoped
@Transactional
public class JpaRouteSource implements RouteSource {

    private static final String ROUTE = "select p.phoneNumber, p.id, p.accountId, p.assistantId, p.status, p.version, "
            + "p.inboundRules "
            + "from PhoneNumberRow p";

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void forEachRoute(Consumer<Route> sink) {
        routes(ROUTE + " where p.status in ('active', 'suspended')", sink);
    }

    @Override
    public void forEachLatestRoute(Consumer<Route> sink) {
        routes(ROUTE, sink);
    }

    private void routes(String query, Consumer<Route> sink) {
        em.createQuery(query, Object[].class)
                .getResultStream()
                .map(row -> new Route((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        NumberStatus.fromApiName((String) row[4]).orElseThrow(), ((Number) row[5]).longValue(),
                        row[6] == null ? InboundRules.NONE : (InboundRules) row[6]))
                .forEach(sink);
    }
}
