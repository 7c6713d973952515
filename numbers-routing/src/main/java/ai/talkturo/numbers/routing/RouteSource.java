package ai.talkturo.numbers.routing;

import java.util.function.Consumer;

/** Where the routing table learns the routes of the numbers from the database itself, rather than from their changes. */
public interface RouteSource {

    /** Hands every current route of an {@code active} or {@code suspended} number to {@code sink}: what a new table needs. */
    void forEachRoute(Consumer<Route> sink);

    /**
     * Hands the latest route of every number ever held to {@code sink}, whatever its status: what a table that missed
     * changes needs to correct each route it holds.
     */
    void forEachLatestRoute(Consumer<Route> sink);
}
