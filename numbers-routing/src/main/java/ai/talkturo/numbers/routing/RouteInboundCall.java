package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.number.NumberStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides what a call to one of our numbers gets, from the routing table alone: an {@code active} number with an
 * assistant connects to the assistant's stream; an active number without one, or a suspended one, says so and
 * hangs up; anything else (unknown, released, purchasing, error) is rejected.
 */
@ApplicationScoped
public class RouteInboundCall {

    static final String NO_ASSISTANT = "This number is not answering calls right now. Please try again later.";
    static final String SUSPENDED = "This number is temporarily unavailable. Goodbye.";

    private final RoutingTable table;
    private final String streamUrl;

    @Inject
    public RouteInboundCall(RoutingTable table,
                            @ConfigProperty(name = "numbers.assistant-stream-url",
                                    defaultValue = "wss://localhost:8443/assistants/{assistantId}/stream") String streamUrl) {
        this.table = table;
        this.streamUrl = streamUrl;
    }

    protected RouteInboundCall() {
        this(null, null);
    }

    public InboundAnswer answer(String calledNumber, String callId) {
        Route route = table.route(calledNumber).orElse(null);
        if (route == null) {
            return new InboundAnswer.Reject();
        }
        if (route.connects()) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("assistantId", route.assistantId());
            parameters.put("accountId", route.accountId());
            parameters.put("phoneNumberId", route.phoneNumberId());
            parameters.put("callSid", callId == null ? "" : callId);
            return new InboundAnswer.Connect(streamUrl.replace("{assistantId}", route.assistantId()), parameters);
        }
        if (route.explains()) {
            return new InboundAnswer.SayAndHangUp(route.status() == NumberStatus.SUSPENDED ? SUSPENDED : NO_ASSISTANT);
        }
        return new InboundAnswer.Reject();
    }
}
