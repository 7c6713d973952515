package ai.talkturo.numbers.provisioning.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The bookkeeping of carrier orders not settled yet. The row is written in the purchase's own transaction, so an
 * order is never forgotten; a claim lets one worker at a time (on any instance) act on it.
 */
public interface PendingOrders {

    void add(String phoneNumberId, String assistantId, String addressId, String complianceProfileId, Instant checkAfter);

    Optional<PendingOrder> unsettled(String phoneNumberId);

    /** Orders whose next check is due, oldest first. */
    List<String> due(Instant now, int max);

    /** Takes the order for this worker until {@code until}; false when another worker holds it or it is settled. */
    boolean claim(String phoneNumberId, Instant now, Instant until);

    /**
     * Takes an order never placed for this worker until {@code until} and marks it placed, its first attempt, in
     * one step; false when another worker holds it, it was placed already or it is settled.
     */
    boolean claimToPlace(String phoneNumberId, Instant now, Instant until);

    /** The carrier is about to be asked (again). */
    void placed(String phoneNumberId, Instant at);

    /** Not settled yet: look again after {@code checkAfter}, and let go of the claim. */
    void postpone(String phoneNumberId, String carrierOrderReference, Instant checkAfter);

    void settled(String phoneNumberId, Instant at);
}
