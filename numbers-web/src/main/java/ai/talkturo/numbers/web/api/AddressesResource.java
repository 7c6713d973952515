package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.address.Address;
import ai.talkturo.numbers.provisioning.RegisterAddress;
import ai.talkturo.numbers.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's addresses, which numbers that need one are bought with. */
@Tag(name = "Addresses")
@Path("addresses")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AddressesResource {

    /** The body of a new address (a class, not a record: see {@link AssistantRequests}). */
    public static class NewAddress {
        @NotBlank
        @Size(max = 200)
        @Schema(required = true)
        public String customerName;
        @NotBlank
        @Size(max = 200)
        @Schema(required = true)
        public String street;
        @NotBlank
        @Size(max = 100)
        @Schema(required = true)
        public String city;
        @NotBlank
        @Size(max = 20)
        @Schema(required = true)
        public String postalCode;
        @Size(max = 100)
        public String region;
        @NotNull
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code such as DE")
        @Schema(required = true, type = SchemaType.STRING)
        public String countryCode;
    }

    public record AddressJson(String id, String customerName, String street, String city, String postalCode,
                              String region, String countryCode, String createdAt) {

        static AddressJson of(Address address) {
            return new AddressJson(address.id(), address.customerName(), address.street(), address.city(),
                    address.postalCode(), address.region(), address.countryCode(), Times.iso(address.createdAt()));
        }
    }

    public record AddressAnswer(boolean success, AddressJson address) {
    }

    public record AddressList(boolean success, List<AddressJson> addresses, String nextCursor) {
    }

    @Inject
    Caller caller;
    @Inject
    RegisterAddress registerAddress;

    @Operation(operationId = "createAddress", summary = "Register an address for numbers that need one")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AddressesResource.AddressAnswer.class)))
    @POST
    public Response register(NewAddress body) {
        Address address = registerAddress.register(caller.accountId(), body.customerName, body.street, body.city,
                body.postalCode, body.region, body.countryCode);
        return Response.status(Response.Status.CREATED).entity(new AddressAnswer(true, AddressJson.of(address))).build();
    }

    @Operation(operationId = "listAddresses", summary = "List the account's addresses")
    @GET
    public AddressList list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Paging.Page<Address> page = Paging.of(limit, cursor).page(registerAddress.ofAccount(caller.accountId()), Address::id);
        return new AddressList(true, page.items().stream().map(AddressJson::of).toList(), page.nextCursor());
    }
}
