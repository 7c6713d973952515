package ai.talkturo.numbers.web.wiring;

import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.routing.Route;
import ai.talkturo.numbers.routing.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;

/**
 * The routes of the numbers, read straight from provisioning's rows a page at a time in the order of their ids, so
 * that a million numbers load without a million rows in memory at once.
 */
@ApplicationScoped
@Transactional
public class JpaRouteSource implements RouteSource {

    private static final String ROUTE = "select p.phoneNumber, p.id, p.accountId, p.assistantId, p.status, p.version, "
            + "p.inboundRules "
            + "from PhoneNumberRow p where p.id > :after";
    private static final String IN_ORDER = " order by p.id";
    static final int PAGE = 10_000;

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void forEachRoute(Consumer<Route> sink) {
        routes(ROUTE + " and p.status in ('active', 'suspended')" + IN_ORDER, sink);
    }

    @Override
    public void forEachLatestRoute(Consumer<Route> sink) {
        routes(ROUTE + IN_ORDER, sink);
    }

    private void routes(String query, Consumer<Route> sink) {
        String after = "";
        List<Object[]> page;
        do {
            page = em.createQuery(query, Object[].class).setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (Object[] row : page) {
                sink.accept(new Route((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        NumberStatus.fromApiName((String) row[4]).orElseThrow(), ((Number) row[5]).longValue(),
                        row[6] == null ? InboundRules.NONE : (InboundRules) row[6]));
            }
            if (!page.isEmpty()) {
                after = (String) page.get(page.size() - 1)[1];
            }
            em.clear();
        } while (page.size() == PAGE);
    }
}
