package ai.talkturo.numbers.web.partners.port;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The accounts' webhooks: at most one URL per account, with the secret every delivery to it is signed with. */
public interface PartnerWebhooks {

    Optional<PartnerWebhook> of(String accountId);

    /** Points the account's webhook at {@code url} with {@code secret}, made at {@code at} if it had none. */
    PartnerWebhook point(String accountId, URI url, String secret, Instant at);

    /** Which of these accounts have a webhook. */
    Set<String> withWebhook(Collection<String> accountIds);

    /** Forgets the account's webhook; false when it had none. */
    boolean remove(String accountId);
}
