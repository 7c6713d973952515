package ai.talkturo.numbers.web.partners.port;

import java.time.Instant;

/** An event still on its way to a partner, as the outbox holds it. */
public record PendingEvent(String id, String accountId, String body, Instant createdAt, int attempts) {
}
