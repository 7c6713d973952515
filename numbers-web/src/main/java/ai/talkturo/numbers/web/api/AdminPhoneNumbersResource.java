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

/** Operators suspend numbers (they stop taking calls) and resume them. */
@OperatorOnly
@Path("admin/phone-numbers")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminPhoneNumbersResource {

    @Inject
    SuspendNumber suspendNumber;

    @POST
    @Path("{id}/suspend")
    public PhoneNumberAnswer suspend(@PathParam("id") String id, NumberRequests.Suspension body) {
        return new PhoneNumberAnswer(true, PhoneNumberJson.of(suspendNumber.suspend(id, body.reason)));
    }

    @POST
    @Path("{id}/resume")
    public PhoneNumberAnswer resume(@PathParam("id") String id) {
        return new PhoneNumberAnswer(true, PhoneNumberJson.of(suspendNumber.resume(id)));
    }
}
