package ai.talkturo.numbers.routing;

import java.util.Objects;

/** One entry of the numbers' change log: the route of a number right after one of its changes, under its sequence. */
public record RouteChange(long sequence, Route route) {

    public RouteChange {
        Objects.requireNonNull(route, "route");
    }
}
