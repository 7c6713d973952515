package ai.talkturo.numbers.provisioning.port;

import java.time.Instant;
import java.util.List;

/**
 * Releases the carrier must still hear about, written in the same transaction as the release itself so that the
 * carrier is told at least once whatever fails in between.
 */
public interface PendingReleases {

    void add(String phoneNumberId, String provider, String carrierReference, Instant tryAfter);

    List<PendingRelease> due(Instant now, int max);

    boolean claim(String phoneNumberId, Instant now, Instant until);

    void done(String phoneNumberId, Instant at);

    void retryLater(String phoneNumberId, Instant tryAfter, String error);
}
