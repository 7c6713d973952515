package ai.talkturo.numbers.web.wiring;

import ai.talkturo.numbers.provisioning.port.NumberState;
import ai.talkturo.numbers.provisioning.port.NumberStates;
import ai.talkturo.numbers.routing.Route;
import ai.talkturo.numbers.routing.RouteSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;

/** Routing's view of provisioning's {@link NumberStates}: each number as the route it gives. */
@ApplicationScoped
public class RouteSourceFromNumbers implements RouteSource {

    @Inject
    NumberStates numbers;

    @Override
    public void forEachRoute(Consumer<Route> sink) {
        numbers.forEachAnswering(number -> sink.accept(route(number)));
    }

    @Override
    public void forEachLatestRoute(Consumer<Route> sink) {
        numbers.forEach(number -> sink.accept(route(number)));
    }

    /** The route a number gives, as the log and the table both read it. */
    static Route route(NumberState number) {
        return new Route(number.phoneNumber(), number.phoneNumberId(), number.accountId(), number.assistantId(),
                number.status(), number.version(), number.inboundRules());
    }
}
