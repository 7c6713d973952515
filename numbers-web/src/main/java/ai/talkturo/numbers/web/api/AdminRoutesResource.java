package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.routing.Route;
import ai.talkturo.numbers.routing.RoutingTable;
import ai.talkturo.numbers.web.security.OperatorOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operators ask what an inbound call to a number would do, as the routing table would answer it now. */
@OperatorOnly
@Path("admin/routes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminRoutesResource {

    @JsonbNillable
    public record RouteJson(String action, String assistantId, String accountId, String reason, String phoneNumberId,
                            String status) {
    }

    public record RouteAnswer(boolean success, RouteJson route) {
    }

    @Inject
    RoutingTable routingTable;

    @GET
    @Path("{e164}")
    public RouteAnswer route(@PathParam("e164") String e164) {
        String number = new E164Number(e164.trim()).value();
        return new RouteAnswer(true, routingTable.route(number)
                .map(AdminRoutesResource::json)
                .orElse(new RouteJson("reject", null, null, "not a number of ours", null, null)));
    }

    private static RouteJson json(Route route) {
        return new RouteJson(route.connects() ? "connect" : "reject", route.assistantId(), route.accountId(), route.reason(),
                route.phoneNumberId(), route.status().apiName());
    }
}
