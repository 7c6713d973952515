package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.provisioning.ChangePlan;
import ai.talkturo.numbers.provisioning.OpenAccount;
import ai.talkturo.numbers.provisioning.ReadAccount;
import ai.talkturo.numbers.web.security.ApiKeys;
import ai.talkturo.numbers.web.security.IssuedKey;
import ai.talkturo.numbers.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators open accounts, change their plans and issue their partner keys. */
@OperatorOnly
@Tag(name = "Operators")
@SecurityRequirement(name = "operatorKey")
@Path("admin/accounts")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountsResource {

    public record AccountOpened(boolean success, AccountJson account, String apiKey, String apiKeyId) {
    }

    public record AccountList(boolean success, List<AccountJson> accounts, String nextCursor) {
    }

    public record ApiKeyIssued(boolean success, String apiKeyId, String apiKey, String accountId, String createdAt) {
    }

    @Inject
    OpenAccount openAccount;
    @Inject
    ChangePlan changePlan;
    @Inject
    ReadAccount readAccount;
    @Inject
    ApiKeys apiKeys;

    @Operation(operationId = "openAccount", summary = "Open an account and issue its first partner key")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdminAccountsResource.AccountOpened.class)))
    @POST
    @Transactional
    public Response open(AccountRequests.Open request) {
        Account account = openAccount.open(request.name, request.chosenPlan());
        IssuedKey key = apiKeys.issue(account.id());
        return Response.status(Response.Status.CREATED)
                .entity(new AccountOpened(true, AccountJson.of(readAccount.standing(account)), key.key(), key.id()))
                .build();
    }

    @Operation(operationId = "listAccounts", summary = "List every account")
    @GET
    public AccountList list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Paging.Page<AccountJson> page = Paging.of(limit, cursor)
                .page(readAccount.all().stream().map(AccountJson::of).toList(), AccountJson::id);
        return new AccountList(true, page.items(), page.nextCursor());
    }

    @Operation(operationId = "getAccountAsOperator", summary = "Read one account")
    @GET
    @Path("{id}")
    public AccountAnswer get(@PathParam("id") String id) {
        return new AccountAnswer(true, AccountJson.of(readAccount.standing(id)));
    }

    @Operation(operationId = "changeAccountPlan", summary = "Move an account to another plan")
    @PATCH
    @Path("{id}")
    public AccountAnswer changePlan(@PathParam("id") String id, AccountRequests.ChangePlan request) {
        Account account = changePlan.change(id, request.chosenPlan());
        return new AccountAnswer(true, AccountJson.of(readAccount.standing(account)));
    }

    @Operation(operationId = "issueApiKey", summary = "Issue another partner key for an account")
    @POST
    @Path("{id}/api-keys")
    public ApiKeyIssued issueKey(@PathParam("id") String id) {
        readAccount.standing(id);
        IssuedKey key = apiKeys.issue(id);
        return new ApiKeyIssued(true, key.id(), key.key(), key.accountId(), Times.iso(key.createdAt()));
    }
}
