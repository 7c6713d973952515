package ai.talkturo.numbers.web.partners.port;

import java.net.URI;
import java.util.Objects;

/** Where an account's events go, and the secret they are signed with. */
public record PartnerWebhook(String accountId, URI url, String secret) {

    public PartnerWebhook {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
    }
}
