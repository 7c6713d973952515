package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.campaign.DoNotCallList;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.routing.KeepDoNotCallList;
import ai.talkturo.numbers.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** The caller's do-not-call list: numbers its campaigns skip and its calls never reach. */
@Tag(name = "Do-not-call list")
@Path("do-not-call")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DoNotCallResource {

    public record EntryJson(String phoneNumber, String addedAt) {

        static EntryJson of(DoNotCallList.Entry entry) {
            return new EntryJson(entry.phoneNumber().value(), Times.iso(entry.addedAt()));
        }
    }

    public record EntriesAnswer(boolean success, List<EntryJson> phoneNumbers) {
    }

    @JsonbNillable
    public record EntryList(boolean success, List<EntryJson> phoneNumbers, String nextCursor) {
    }

    public record Removed(boolean success, String phoneNumber) {
    }

    @Inject
    Caller caller;
    @Inject
    KeepDoNotCallList doNotCall;

    @Operation(operationId = "addToDoNotCallList", summary = "Put numbers on the account's do-not-call list")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DoNotCallResource.EntriesAnswer.class)))
    @POST
    public Response add(CampaignRequests.DoNotCallEntries request) {
        List<EntryJson> added = doNotCall.add(caller.accountId(), request.numbers()).stream().map(EntryJson::of).toList();
        return Response.status(Response.Status.CREATED).entity(new EntriesAnswer(true, added)).build();
    }

    @Operation(operationId = "listDoNotCallList", summary = "List the account's do-not-call list")
    @GET
    public EntryList list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Paging paging = Paging.of(limit, cursor);
        List<DoNotCallList.Entry> entries = doNotCall.list(caller.accountId(), paging.after(), paging.limit() + 1);
        Paging.Page<DoNotCallList.Entry> page = paging.page(entries, entry -> entry.phoneNumber().value());
        return new EntryList(true, page.items().stream().map(EntryJson::of).toList(), page.nextCursor());
    }

    @Operation(operationId = "removeFromDoNotCallList", summary = "Take a number off the do-not-call list")
    @DELETE
    @Path("{e164}")
    public Removed remove(@PathParam("e164") String e164) {
        E164Number number = new E164Number(e164.strip());
        doNotCall.remove(caller.accountId(), number);
        return new Removed(true, number.value());
    }
}
