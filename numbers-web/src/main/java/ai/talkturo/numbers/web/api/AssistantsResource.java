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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The caller's assistants. */
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

    @POST
    public Response create(AssistantRequests.Create request) {
        Assistant created = assistants.create(caller.accountId(), request.settings());
        return Response.status(Response.Status.CREATED).entity(new AssistantAnswer(true, json(created))).build();
    }

    @GET
    public AssistantList list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Paging.Page<Assistant> page = Paging.of(limit, cursor).page(assistants.ofAccount(caller.accountId()), Assistant::id);
        return new AssistantList(true, page.items().stream().map(this::json).toList(), page.nextCursor());
    }

    @GET
    @Path("{id}")
    public AssistantAnswer get(@PathParam("id") String id) {
        return new AssistantAnswer(true, json(assistants.find(caller.accountId(), id)));
    }

    @PATCH
    @Path("{id}")
    public AssistantAnswer change(@PathParam("id") String id, AssistantRequests.Change request) {
        return new AssistantAnswer(true, json(assistants.change(caller.accountId(), id, request.settings())));
    }

    @DELETE
    @Path("{id}")
    public AssistantDeleted delete(@PathParam("id") String id) {
        assistants.delete(caller.accountId(), id);
        return new AssistantDeleted(true, id);
    }

    @PUT
    @Path("{id}/phone-numbers/{phoneNumberId}")
    public PhoneNumberAnswer assign(@PathParam("id") String id, @PathParam("phoneNumberId") String phoneNumberId) {
        return new PhoneNumberAnswer(true, PhoneNumberJson.of(assignNumber.assign(caller.accountId(), id, phoneNumberId)));
    }

    @DELETE
    @Path("{id}/phone-numbers/{phoneNumberId}")
    public PhoneNumberAnswer unassign(@PathParam("id") String id, @PathParam("phoneNumberId") String phoneNumberId) {
        return new PhoneNumberAnswer(true, PhoneNumberJson.of(assignNumber.unassign(caller.accountId(), id, phoneNumberId)));
    }

    private AssistantJson json(Assistant assistant) {
        return AssistantJson.of(assistant, assistants.numbersOf(assistant.id()));
    }
}
