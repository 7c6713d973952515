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

/**
 * The caller's webhook: where events about its numbers and calls are POSTed, signed with the secret that
 * {@code PUT} issues (and shows only then).
 */
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

    @PUT
    public WebhookRegistered register(WebhookRequest request) {
        PartnerWebhook webhook = webhooks.register(caller.accountId(), request.url());
        return new WebhookRegistered(true, webhook.url().toString(), webhook.secret());
    }

    @GET
    public WebhookAnswer get() {
        PartnerWebhook webhook = webhooks.of(caller.accountId())
                .orElseThrow(() -> new NotFound("webhook", "for this account"));
        return new WebhookAnswer(true, webhook.url().toString());
    }

    @DELETE
    public WebhookRemoved remove() {
        webhooks.remove(caller.accountId());
        return new WebhookRemoved(true);
    }
}
