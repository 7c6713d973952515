package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.provisioning.AssignNumber;
import ai.talkturo.numbers.provisioning.ConfigureAssistants;
import ai.talkturo.numbers.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's assistants. */
@Tag(name = "Assistants")
@Path("assistants")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AssistantsResource {

    public record AssistantAnswer(boolean success, AssistantJson assistant) {
    }

    public record AssistantList(boolean success, List<AssistantJson> assistants, String nextCursor) {
    }

    public record AssistantDeleted(boolean success, String id) {
    }

    @Inject
    Caller caller;
    @Inject
    ConfigureAssistants assistants;
    @Inject
    AssignNumber assignNumber;

    @Operation(operationId = "createAssistant", summary = "Create an assistant")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssistantsResource.AssistantAnswer.class)))
    @POST
    public Response create(AssistantRequests.Create request) {
        Assistant created = assistants.create(caller.accountId(), request.settings());
        return Response.status(Response.Status.CREATED).entity(new AssistantAnswer(true, json(created))).build();
    }

    @Operation(operationId = "listAssistants", summary = "List the account's assistants")
    @GET
    public AssistantList list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Paging.Page<Assistant> page = Paging.of(limit, cursor).page(assistants.ofAccount(caller.accountId()), Assistant::id);
        return new AssistantList(true, page.items().stream().map(this::json).toList(), page.nextCursor());
    }

    @Operation(operationId = "getAssistant", summary = "Read one assistant")
    @GET
    @Path("{id}")
    public AssistantAnswer get(@PathParam("id") String id) {
        return new AssistantAnswer(true, json(assistants.find(caller.accountId(), id)));
    }

    @Operation(operationId = "updateAssistant", summary = "Change an assistant")
    @PATCH
    @Path("{id}")
    public AssistantAnswer change(@PathParam("id") String id, AssistantRequests.Change request) {
        return new AssistantAnswer(true, json(assistants.change(caller.accountId(), id, request.settings())));
    }

    @Operation(operationId = "deleteAssistant", summary = "Delete an assistant; its numbers are unassigned")
    @DELETE
    @Path("{id}")
    public AssistantDeleted delete(@PathParam("id") String id) {
        assistants.delete(caller.accountId(), id);
        return new AssistantDeleted(true, id);
    }

    @Operation(operationId = "assignPhoneNumber", summary = "Give an active number to an assistant")
    @PUT
    @Path("{id}/phone-numbers/{phoneNumberId}")
    public PhoneNumberAnswer assign(@PathParam("id") String id, @PathParam("phoneNumberId") String phoneNumberId) {
        return new PhoneNumberAnswer(true, PhoneNumberJson.of(assignNumber.assign(caller.accountId(), id, phoneNumberId)));
    }

    @Operation(operationId = "unassignPhoneNumber", summary = "Take a number from an assistant")
    @DELETE
    @Path("{id}/phone-numbers/{phoneNumberId}")
    public PhoneNumberAnswer unassign(@PathParam("id") String id, @PathParam("phoneNumberId") String phoneNumberId) {
        return new PhoneNumberAnswer(true, PhoneNumberJson.of(assignNumber.unassign(caller.accountId(), id, phoneNumberId)));
    }

    private AssistantJson json(Assistant assistant) {
        return AssistantJson.of(assistant, assistants.numbersOf(assistant.id()));
    }
}
