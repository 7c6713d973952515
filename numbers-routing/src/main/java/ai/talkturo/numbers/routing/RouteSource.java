package ai.talkturo.numbers.routing;

import java.util.function.Consumer;

/** Where the routing table learns the routes of every number that takes or explains calls, once, at start. */
public interface RouteSource {

    /** Hands every current route of an {@code active} or {@code suspended} number to {@code sink}. */
    void forEachRoute(Consumer<Route> sink);
}
