package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.provisioning.ReadAccount;
import ai.talkturo.numbers.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's own account: plan, limit, numbers in use, whether a trial number can be taken. */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    Caller caller;
    @Inject
    ReadAccount readAccount;

    @GET
    public AccountAnswer account() {
        return new AccountAnswer(true, AccountJson.of(readAccount.standing(caller.accountId())));
    }
}
