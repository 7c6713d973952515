package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.Fallback;
import ai.talkturo.numbers.routing.InboundAnswer;
import ai.talkturo.numbers.routing.InboundDecision;
import ai.talkturo.numbers.routing.Route;
import ai.talkturo.numbers.routing.RouteInboundCall;
import ai.talkturo.numbers.routing.RoutingTable;
import ai.talkturo.numbers.web.security.OperatorOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators ask what an inbound call to a number would do now, as the routing table would answer it: which inbound
 * rule applies ({@code ?caller=} names the caller, for the blocked callers) and where the call would go.
 */
@OperatorOnly
@Tag(name = "Operators")
@SecurityRequirement(name = "operatorKey")
@Path("admin/routes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminRoutesResource {

    /**
     * @param action {@code connect} (to the assistant), {@code dial} (the fallback) or {@code reject} (refused, or told
     *               why and hung up on)
     * @param rule the inbound rule that chose the action, or {@code null}
     * @param fallback where the call goes if the assistant cannot take it (a number or SIP URI), or {@code null}
     */
    @JsonbNillable
    public record RouteJson(String action, String assistantId, String accountId, String reason, String phoneNumberId,
                            String status, String rule, String fallback) {
    }

    public record RouteAnswer(boolean success, RouteJson route) {
    }

    @Inject
    RoutingTable routingTable;
    @Inject
    RouteInboundCall routing;

    @Operation(operationId = "getRoute", summary = "Show what an inbound call to a number would do now")
    @GET
    @Path("{e164}")
    public RouteAnswer route(@PathParam("e164") String e164, @QueryParam("caller") String caller) {
        String number = new E164Number(e164.trim()).value();
        InboundDecision decision = routing.decide(number, caller == null ? null : caller.trim(), null);
        Route route = routingTable.route(number).orElse(null);
        if (route == null) {
            return new RouteAnswer(true, new RouteJson("reject", null, null, decision.reason(), null, null, null, null));
        }
        Fallback fallback = route.inbound().fallback();
        return new RouteAnswer(true, new RouteJson(action(decision.answer()), route.assistantId(), route.accountId(),
                decision.reason(), route.phoneNumberId(), route.status().apiName(), decision.rule(),
                fallback == null ? null : fallback.target()));
    }

    private static String action(InboundAnswer answer) {
        if (answer instanceof InboundAnswer.Connect) {
            return "connect";
        }
        return answer instanceof InboundAnswer.Dial ? "dial" : "reject";
    }
}
