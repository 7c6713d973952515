package ai.talkturo.numbers.provisioning.port;

import java.time.Instant;

/**
 * A number bought in Numbers whose carrier order is not settled yet. {@code placedAt} is null until the carrier
 * was first asked; {@code assistantId} is the assistant the number goes to once active.
 */
public record PendingOrder(String phoneNumberId, String assistantId, String addressId,
                           String complianceProfileId, Instant placedAt,
                           String carrierOrderReference, int attempts) {
}
