package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.call.Call;
import ai.talkturo.numbers.routing.PlaceOutboundCall;
import ai.talkturo.numbers.routing.TrackCalls;
import ai.talkturo.numbers.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's outbound calls: an assistant calls someone, showing one of its numbers. */
@Path("calls")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

    public record CallAnswer(boolean success, CallJson call) {
    }

    @Inject
    Caller caller;
    @Inject
    PlaceOutboundCall placeOutboundCall;
    @Inject
    TrackCalls calls;

    @POST
    public Response place(CallRequests.Place request) {
        Call call = placeOutboundCall.place(caller.accountId(), request.assistantId, request.toNumber(), request.fromNumber());
        return Response.status(Response.Status.CREATED).entity(new CallAnswer(true, CallJson.of(call))).build();
    }

    @GET
    @Path("{id}")
    public CallAnswer get(@PathParam("id") String id) {
        return new CallAnswer(true, CallJson.of(calls.find(caller.accountId(), id)));
    }
}
