package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.provisioning.SuspendNumber;
import ai.talkturo.numbers.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators suspend numbers (they stop taking calls) and resume them. */
@OperatorOnly
@Tag(name = "Operators")
@SecurityRequirement(name = "operatorKey")
@Path("admin/phone-numbers")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminPhoneNumbersResource {

    @Inject
    SuspendNumber suspendNumber;

    @Operation(operationId = "suspendPhoneNumber", summary = "Suspend an active number, with a reason")
    @POST
    @Path("{id}/suspend")
    public PhoneNumberAnswer suspend(@PathParam("id") String id, NumberRequests.Suspension body) {
        return new PhoneNumberAnswer(true, PhoneNumberJson.of(suspendNumber.suspend(id, body.reason)));
    }

    @Operation(operationId = "resumePhoneNumber", summary = "Resume a suspended number")
    @POST
    @Path("{id}/resume")
    public PhoneNumberAnswer resume(@PathParam("id") String id) {
        return new PhoneNumberAnswer(true, PhoneNumberJson.of(suspendNumber.resume(id)));
    }
}
