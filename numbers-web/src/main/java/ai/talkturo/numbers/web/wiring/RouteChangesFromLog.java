package ai.talkturo.numbers.web.wiring;

import ai.talkturo.numbers.provisioning.port.NumberChangeLog;
import ai.talkturo.numbers.routing.RouteChange;
import ai.talkturo.numbers.routing.RouteChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Routing's view of provisioning's {@link NumberChangeLog}: each logged change as the route it leaves. */
@ApplicationScoped
public class RouteChangesFromLog implements RouteChanges {

    @Inject
    NumberChangeLog log;

    @Override
    public long head() {
        return log.head();
    }

    @Override
    public Set<Long> present(long after, long upTo) {
        return log.present(after, upTo);
    }

    @Override
    public List<RouteChange> read(long after, Collection<Long> missing, int max) {
        return log.read(after, missing, max).stream()
                .map(change -> new RouteChange(change.seq(), RouteSourceFromNumbers.route(change.number())))
                .toList();
    }
}
