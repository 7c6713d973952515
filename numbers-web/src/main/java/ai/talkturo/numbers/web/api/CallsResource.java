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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's outbound calls: an assistant calls someone, showing one of its numbers. */
@Tag(name = "Calls")
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

    @Operation(operationId = "placeCall", summary = "Place an outbound call from an assistant")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CallsResource.CallAnswer.class)))
    @POST
    public Response place(CallRequests.Place request) {
        Call call = placeOutboundCall.place(caller.accountId(), request.assistantId, request.toNumber(), request.fromNumber());
        return Response.status(Response.Status.CREATED).entity(new CallAnswer(true, CallJson.of(call))).build();
    }

    @Operation(operationId = "getCall", summary = "Read one call and its status")
    @GET
    @Path("{id}")
    public CallAnswer get(@PathParam("id") String id) {
        return new CallAnswer(true, CallJson.of(calls.find(caller.accountId(), id)));
    }
}
