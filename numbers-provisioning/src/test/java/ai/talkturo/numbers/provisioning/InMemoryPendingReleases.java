package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.provisioning.port.PendingRelease;
import ai.talkturo.numbers.provisioning.port.PendingReleases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link PendingReleases} in a map: the releases queued for the carriers and whether each was done. */
final class InMemoryPendingReleases implements PendingReleases {

    /** One queued release. */
    static final class Row {
        final String provider;
        final String carrierReference;
        Instant tryAfter;
        Instant claimedUntil;
        Instant doneAt;
        int attempts;
        String lastError;

        Row(String provider, String carrierReference, Instant tryAfter) {
            this.provider = provider;
            this.carrierReference = carrierReference;
            this.tryAfter = tryAfter;
        }
    }

    final Map<String, Row> rows = new TreeMap<>();

    @Override
    public void add(String phoneNumberId, String provider, String carrierReference, Instant tryAfter) {
        rows.put(phoneNumberId, new Row(provider, carrierReference, tryAfter));
    }

    @Override
    public List<PendingRelease> due(Instant now, int max) {
        return rows.entrySet().stream()
                .filter(entry -> entry.getValue().doneAt == null && !entry.getValue().tryAfter.isAfter(now))
                .map(entry -> new PendingRelease(entry.getKey(), entry.getValue().provider,
                        entry.getValue().carrierReference, entry.getValue().attempts))
                .limit(max).toList();
    }

    @Override
    public boolean claim(String phoneNumberId, Instant now, Instant until) {
        Row row = rows.get(phoneNumberId);
        if (row == null || row.doneAt != null || row.claimedUntil != null && !row.claimedUntil.isBefore(now)) {
            return false;
        }
        row.claimedUntil = until;
        return true;
    }

    @Override
    public void done(String phoneNumberId, Instant at) {
        rows.get(phoneNumberId).doneAt = at;
    }

    @Override
    public void retryLater(String phoneNumberId, Instant tryAfter, String error) {
        Row row = rows.get(phoneNumberId);
        row.tryAfter = tryAfter;
        row.claimedUntil = null;
        row.attempts++;
        row.lastError = error;
    }
}
