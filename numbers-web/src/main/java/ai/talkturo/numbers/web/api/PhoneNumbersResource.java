package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.compliance.ComplianceRequirements;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberOrigin;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.Carriers;
import ai.talkturo.numbers.provisioning.ChangeInboundRules;
import ai.talkturo.numbers.provisioning.ImportNumber;
import ai.talkturo.numbers.provisioning.InboundRulesJson;
import ai.talkturo.numbers.provisioning.PurchaseNumber;
import ai.talkturo.numbers.provisioning.ReadNumbers;
import ai.talkturo.numbers.provisioning.ReleaseNumber;
import ai.talkturo.numbers.provisioning.SearchNumbers;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's numbers: search the carrier, buy or bring one from the customer's own carrier account, read, change and release. */
@Tag(name = "Phone numbers")
@Path("phone-numbers")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PhoneNumbersResource {

    /** A number on offer; {@code complianceProfileRequired} says it is sold only with an approved profile. */
    public record OfferJson(String phoneNumber, String countryCode, String numberType, String locality, String region,
                            String monthlyPrice, String setupPrice, List<String> features, String addressRequirement,
                            boolean complianceProfileRequired) {

        static OfferJson of(NumberOffer offer, String countryCode) {
            return new OfferJson(offer.number().value(), countryCode, offer.type().apiName(), offer.locality(),
                    offer.region(), offer.price().monthly().toPlainString(), offer.price().setup().toPlainString(),
                    offer.features(), offer.addressRequirement().apiName(),
                    ComplianceRequirements.profileRequired(Country.fromCode(countryCode), offer.type()));
        }
    }

    public record SearchAnswer(boolean success, List<OfferJson> numbers, String provider, int count) {
    }

    public record PhoneNumberList(boolean success, List<PhoneNumberJson> phoneNumbers, String nextCursor) {
    }

    @Inject
    Caller caller;
    @Inject
    SearchNumbers searchNumbers;
    @Inject
    PurchaseNumber purchaseNumber;
    @Inject
    ReadNumbers readNumbers;
    @Inject
    ReleaseNumber releaseNumber;
    @Inject
    ChangeInboundRules changeInboundRules;
    @Inject
    ImportNumber importNumber;
    @Inject
    Carriers carriers;

    @Operation(operationId = "searchPhoneNumbers", summary = "Search the numbers on offer")
    @POST
    @Path("search")
    public SearchAnswer search(NumberRequests.Search request) {
        var search = request.filters.toSearch();
        SearchNumbers.Found found = searchNumbers.search(search);
        List<OfferJson> numbers = found.offers().stream().map(offer -> OfferJson.of(offer, search.country().code())).toList();
        return new SearchAnswer(true, numbers, found.provider(), numbers.size());
    }

    @Operation(operationId = "purchasePhoneNumber", summary = "Buy a number; the order goes on after the answer")
    @APIResponse(responseCode = "202", description = "Accepted: the order goes on", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "PhoneNumberAnswer")))
    @POST
    @Path("purchase")
    public Response purchase(NumberRequests.Purchase request) {
        PhoneNumber number = purchaseNumber.purchase(caller.accountId(), request.toRequest());
        return Response.accepted(new PhoneNumberAnswer(true, PhoneNumberJson.of(number))).build();
    }

    /** Brings a number from the customer's own carrier account; answered once it routes to Numbers. */
    @Operation(operationId = "importPhoneNumber", summary = "Bring a number from the customer's own carrier account")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "PhoneNumberAnswer")))
    @POST
    @Path("import")
    public Response importNumber(ImportBody body) {
        List<String> names = carriers.customerAccountsAt(body.provider).orElseThrow(() ->
                new InvalidRequest("provider", "must be one of " + String.join(", ", carriers.names())))
                .credentialNames();
        PhoneNumber number = importNumber.bringIn(caller.accountId(), body.toRequest(names));
        return Response.status(Response.Status.CREATED).entity(new PhoneNumberAnswer(true, PhoneNumberJson.of(number)))
                .build();
    }

    @Operation(operationId = "listPhoneNumbers", summary = "List the account's numbers")
    @GET
    public PhoneNumberList list(@QueryParam("status") String status, @QueryParam("assistantId") String assistantId,
                                @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Paging paging = Paging.of(limit, cursor);
        NumberStatus wanted = status == null ? null : NumberStatus.fromApiName(status).orElseThrow(() ->
                new InvalidRequest("status", "must be one of purchasing, active, suspended, error, released"));
        List<PhoneNumber> page = readNumbers.page(caller.accountId(), wanted, assistantId, paging.after(), paging.limit() + 1);
        Paging.Page<PhoneNumber> shown = paging.page(page, PhoneNumber::id);
        return new PhoneNumberList(true, shown.items().stream().map(PhoneNumberJson::of).toList(), shown.nextCursor());
    }

    @Operation(operationId = "getPhoneNumber", summary = "Read one number")
    @GET
    @Path("{id}")
    public PhoneNumberAnswer get(@PathParam("id") String id) {
        return new PhoneNumberAnswer(true, PhoneNumberJson.of(readNumbers.find(caller.accountId(), id)));
    }

    /** Changes the number's inbound rules ({@code "inbound"}), JSON Merge Patch style; nothing else changes here. */
    @Operation(operationId = "updatePhoneNumber", summary = "Change a number's inbound rules")
    @PATCH
    @Path("{id}")
    public PhoneNumberAnswer change(@PathParam("id") String id, JsonObject body) {
        List<FieldError> unknown = body.keySet().stream().filter(field -> !field.equals("inbound")).sorted()
                .map(field -> new FieldError(field, "is not a field of this request")).toList();
        if (!body.containsKey("inbound")) {
            if (!unknown.isEmpty()) {
                throw invalid(unknown);
            }
            return get(id);
        }
        PhoneNumber number = changeInboundRules.change(caller.accountId(), id, current -> {
            InboundRulesJson.Outcome outcome = InboundRulesJson.apply(current.inboundRules(), body.get("inbound"),
                    "inbound", current.number());
            List<FieldError> errors = new ArrayList<>(unknown);
            outcome.mistakes().forEach(mistake -> errors.add(new FieldError(mistake.field(), mistake.message())));
            if (!errors.isEmpty()) {
                throw invalid(errors);
            }
            return outcome.rules();
        });
        return new PhoneNumberAnswer(true, PhoneNumberJson.of(number));
    }

    private static InvalidRequest invalid(List<FieldError> errors) {
        return new InvalidRequest("the request has " + errors.size() + " invalid field(s)", errors);
    }

    /** The answer to a release: the number, {@code released}, and in words what became of it. */
    public record Released(boolean success, String message, PhoneNumberJson phoneNumber) {
    }

    @Operation(operationId = "releasePhoneNumber", summary = "Release a number to its carrier")
    @DELETE
    @Path("{id}")
    public Released release(@PathParam("id") String id) {
        PhoneNumber released = releaseNumber.release(caller.accountId(), id);
        String message = released.number() + (released.origin() == NumberOrigin.IMPORTED
                ? " is released from Numbers and keeps its old voice settings in your own carrier account."
                : " is released; the carrier takes it back.");
        return new Released(true, message, PhoneNumberJson.of(released));
    }
}
