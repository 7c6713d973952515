package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.routing.RunCampaign;
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

/** The caller's campaigns: an assistant calls a list of contacts, a few at a time; pause, resume, follow. */
@Tag(name = "Campaigns")
@Path("campaigns")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    public record CampaignAnswer(boolean success, CampaignJson campaign) {
    }

    @Inject
    Caller caller;
    @Inject
    RunCampaign runCampaign;

    @Operation(operationId = "startCampaign", summary = "Start a campaign with its contacts and rules")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CampaignsResource.CampaignAnswer.class)))
    @POST
    public Response start(CampaignRequests.NewCampaign request) {
        Campaign started = runCampaign.start(caller.accountId(), request.assistantId, request.name.strip(),
                request.newContacts(), request.concurrency(), request.rules());
        return Response.status(Response.Status.CREATED)
                .entity(new CampaignAnswer(true, CampaignJson.of(runCampaign.progress(caller.accountId(), started.id()))))
                .build();
    }

    @Operation(operationId = "getCampaign", summary = "Read a campaign's progress, contact by contact")
    @GET
    @Path("{id}")
    public CampaignAnswer get(@PathParam("id") String id) {
        return new CampaignAnswer(true, CampaignJson.of(runCampaign.progress(caller.accountId(), id)));
    }

    @Operation(operationId = "pauseCampaign", summary = "Pause a campaign")
    @POST
    @Path("{id}/pause")
    public CampaignAnswer pause(@PathParam("id") String id) {
        return new CampaignAnswer(true, CampaignJson.of(runCampaign.pause(caller.accountId(), id)));
    }

    @Operation(operationId = "resumeCampaign", summary = "Resume a paused campaign")
    @POST
    @Path("{id}/resume")
    public CampaignAnswer resume(@PathParam("id") String id) {
        return new CampaignAnswer(true, CampaignJson.of(runCampaign.resume(caller.accountId(), id)));
    }
}
