package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.campaign.CallWindow;
import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.ContactTally;
import ai.talkturo.numbers.provisioning.ReadNumbers;
import ai.talkturo.numbers.routing.CampaignOverview;
import ai.talkturo.numbers.routing.RunCampaign;
import ai.talkturo.numbers.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Campaigns at the paths of Talkturo's published reference, {@code /api/crm/campaigns}: its list, with its query
 * ({@code teamId}, {@code status}, {@code assistantId}, {@code limit}, {@code offset}) and its field names, and
 * its create, which is {@code POST /api/campaigns}.
 */
@Tag(name = "Campaigns")
@Path("crm/campaigns")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CrmCampaignsResource {

    /** How many of an account's latest campaigns the list looks through. */
    private static final int LOOKED_THROUGH = 1_000;

    /** A campaign with the reference's field names. */
    @JsonbNillable
    public record ReferenceCampaign(String id, @JsonbProperty("team_id") @Schema(name = "team_id") String teamId,
                                    @JsonbProperty("assistant_id") @Schema(name = "assistant_id") String assistantId,
                                    @JsonbProperty("company_id") @Schema(name = "company_id") String companyId, String name, String description,
                                    @JsonbProperty("from_number") @Schema(name = "from_number") String fromNumber, String status,
                                    @JsonbProperty("call_window_start") @Schema(name = "call_window_start") String callWindowStart,
                                    @JsonbProperty("call_window_end") @Schema(name = "call_window_end") String callWindowEnd,
                                    @JsonbProperty("call_window_timezone") @Schema(name = "call_window_timezone") String callWindowTimezone,
                                    @JsonbProperty("max_concurrent_calls") @Schema(name = "max_concurrent_calls") int maxConcurrentCalls,
                                    @JsonbProperty("total_contacts") @Schema(name = "total_contacts") long totalContacts,
                                    @JsonbProperty("contacts_called") @Schema(name = "contacts_called") long contactsCalled,
                                    @JsonbProperty("contacts_completed") @Schema(name = "contacts_completed") long contactsCompleted,
                                    @JsonbProperty("contacts_answered") @Schema(name = "contacts_answered") long contactsAnswered,
                                    @JsonbProperty("created_at") @Schema(name = "created_at") String createdAt,
                                    @JsonbProperty("updated_at") @Schema(name = "updated_at") String updatedAt) {
    }

    public record CampaignList(boolean success, List<ReferenceCampaign> campaigns, long count, int limit, int offset) {
    }

    @Inject
    Caller caller;
    @Inject
    CallersAccount callersAccount;
    @Inject
    RunCampaign runCampaign;
    @Inject
    ReadNumbers readNumbers;
    @Inject
    CampaignsResource campaigns;

    @Operation(operationId = "listCrmCampaigns", summary = "List campaigns with the field names of Talkturo's reference")
    @GET
    public CampaignList list(@QueryParam("teamId") String teamId, @QueryParam("status") String status,
                             @QueryParam("assistantId") String assistantId, @QueryParam("limit") String limit,
                             @QueryParam("offset") String offset) {
        callersAccount.check(() -> teamId == null ? Map.of() : Map.of("teamId", teamId));
        int shown = Paging.of(limit, null).limit();
        int skipped = offset(offset);
        List<Campaign> matching = runCampaign.latest(caller.accountId(), LOOKED_THROUGH).stream()
                .filter(campaign -> status == null || campaign.status().apiName().equals(status))
                .filter(campaign -> assistantId == null || campaign.assistantId().equals(assistantId))
                .toList();
        List<ReferenceCampaign> page = matching.stream().skip(skipped).limit(shown)
                .map(runCampaign::overview).map(this::reference).toList();
        return new CampaignList(true, page, matching.size(), shown, skipped);
    }

    @Operation(operationId = "createCrmCampaign", summary = "Start a campaign at the path of Talkturo's reference")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CampaignsResource.CampaignAnswer.class)))
    @POST
    public Response create(CampaignRequests.NewCampaign request) {
        return campaigns.start(request);
    }

    private ReferenceCampaign reference(CampaignOverview overview) {
        Campaign campaign = overview.campaign();
        ContactTally tally = overview.tally();
        long called = tally.dialing() + tally.completed() + tally.voicemail() + tally.failed();
        return new ReferenceCampaign(campaign.id(), campaign.accountId(), campaign.assistantId(), null, campaign.name(),
                null, fromNumber(campaign), campaign.status().apiName(), CallWindow.text(campaign.rules().window().start()),
                CallWindow.text(campaign.rules().window().end()), null, campaign.maxConcurrentCalls(), tally.total(),
                called, tally.total() - tally.pending() - tally.dialing(), tally.completed(),
                Times.iso(campaign.createdAt()), Times.iso(campaign.updatedAt()));
    }

    /** The first number the campaign calls from; null when it calls from any of its assistant's. */
    private String fromNumber(Campaign campaign) {
        List<String> ids = campaign.rules().fromNumberIds();
        if (ids.isEmpty()) {
            return null;
        }
        try {
            return readNumbers.find(campaign.accountId(), ids.get(0)).number().value();
        } catch (NotFound released) {
            return null;
        }
    }

    /** The reference's {@code offset}: how many matching campaigns to pass over, 0 unless given. */
    private static int offset(String given) {
        if (given == null || given.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(given.strip());
            if (value >= 0 && value <= LOOKED_THROUGH) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidRequest("offset", "must be a whole number from 0 to " + LOOKED_THROUGH);
    }
}
