package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.web.partners.RegisterPartnerWebhook;
import ai.talkturo.numbers.web.partners.port.PartnerWebhook;
import ai.talkturo.numbers.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's webhook: where events about its numbers and calls are POSTed, signed with the secret that
 * {@code PUT} issues (and shows only then).
 */
@Tag(name = "Partner webhook")
@Path("webhook")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    public record WebhookRegistered(boolean success, String url, String secret) {
    }

    public record WebhookAnswer(boolean success, String url) {
    }

    public record WebhookRemoved(boolean success) {
    }

    @Inject
    Caller caller;
    @Inject
    RegisterPartnerWebhook webhooks;

    @Operation(operationId = "setWebhook", summary = "Set where the account's events go; issues a new signing secret")
    @PUT
    public WebhookRegistered register(WebhookRequest request) {
        PartnerWebhook webhook = webhooks.register(caller.accountId(), request.url());
        return new WebhookRegistered(true, webhook.url().toString(), webhook.secret());
    }

    @Operation(operationId = "getWebhook", summary = "Read where the account's events go")
    @GET
    public WebhookAnswer get() {
        PartnerWebhook webhook = webhooks.of(caller.accountId())
                .orElseThrow(() -> new NotFound("webhook", "for this account"));
        return new WebhookAnswer(true, webhook.url().toString());
    }

    @Operation(operationId = "removeWebhook", summary = "Stop the account's event deliveries")
    @DELETE
    public WebhookRemoved remove() {
        webhooks.remove(caller.accountId());
        return new WebhookRemoved(true);
    }
}
