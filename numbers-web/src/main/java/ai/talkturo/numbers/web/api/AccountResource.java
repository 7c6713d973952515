package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.provisioning.ReadAccount;
import ai.talkturo.numbers.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account: plan, limit, numbers in use, whether a trial number can be taken. */
@Tag(name = "Account")
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    Caller caller;
    @Inject
    ReadAccount readAccount;

    @Operation(operationId = "getAccount", summary = "Read the account: its plan, limit and numbers in use")
    @GET
    public AccountAnswer account() {
        return new AccountAnswer(true, AccountJson.of(readAccount.standing(caller.accountId())));
    }
}
