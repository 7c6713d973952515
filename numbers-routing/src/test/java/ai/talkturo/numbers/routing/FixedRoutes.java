package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.number.NumberStatus;
import java.util.List;
import java.util.function.Consumer;

/** A {@link RouteSource} over a list the test may change: the held numbers are its active and suspended routes. */
final class FixedRoutes implements RouteSource {

    final List<Route> routes;

    FixedRoutes(List<Route> routes) {
        this.routes = routes;
    }

    @Override
    public void forEachRoute(Consumer<Route> sink) {
        routes.stream()
                .filter(route -> route.status() == NumberStatus.ACTIVE || route.status() == NumberStatus.SUSPENDED)
                .forEach(sink);
    }

    @Override
    public void forEachLatestRoute(Consumer<Route> sink) {
        routes.forEach(sink);
    }
}
