package ai.talkturo.numbers.web.partners.port;

import java.net.URI;

/** Posts a signed event to a partner's webhook and says how it went. */
public interface WebhookClient {

    /** Posts {@code body}, signed with {@code signature}; never throws for the partner's failures. */
    DeliveryOutcome post(URI url, String body, String signature);
}
