package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.provisioning.port.PendingOrder;
import ai.talkturo.numbers.provisioning.port.PendingOrders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link PendingOrders} in a map, with the claims and conditions of {@code number_orders}. */
final class InMemoryPendingOrders implements PendingOrders {

    /** One order's row. */
    static final class Row {
        final String phoneNumberId;
        final String assistantId;
        final String addressId;
        final String complianceProfileId;
        Instant checkAfter;
        Instant claimedUntil;
        Instant placedAt;
        Instant settledAt;
        String carrierOrderReference;
        int attempts;

        Row(String phoneNumberId, String assistantId, String addressId, String complianceProfileId,
            Instant checkAfter) {
            this.phoneNumberId = phoneNumberId;
            this.assistantId = assistantId;
            this.addressId = addressId;
            this.complianceProfileId = complianceProfileId;
            this.checkAfter = checkAfter;
        }

        boolean claimable(Instant now) {
            return settledAt == null && (claimedUntil == null || claimedUntil.isBefore(now));
        }
    }

    final Map<String, Row> rows = new TreeMap<>();

    @Override
    public void add(String phoneNumberId, String assistantId, String addressId, String complianceProfileId,
                    Instant checkAfter) {
        rows.put(phoneNumberId, new Row(phoneNumberId, assistantId, addressId, complianceProfileId, checkAfter));
    }

    @Override
    public Optional<PendingOrder> unsettled(String phoneNumberId) {
        return Optional.ofNullable(rows.get(phoneNumberId)).filter(row -> row.settledAt == null)
                .map(row -> new PendingOrder(row.phoneNumberId, row.assistantId, row.addressId, row.complianceProfileId, row.placedAt,
                        row.carrierOrderReference, row.attempts));
    }

    @Override
    public List<String> due(Instant now, int max) {
        return rows.values().stream().filter(row -> row.claimable(now) && !row.checkAfter.isAfter(now))
                .map(row -> row.phoneNumberId).limit(max).toList();
    }

    @Override
    public boolean claim(String phoneNumberId, Instant now, Instant until) {
        Row row = rows.get(phoneNumberId);
        if (row == null || !row.claimable(now)) {
            return false;
        }
        row.claimedUntil = until;
        return true;
    }

    @Override
    public boolean claimToPlace(String phoneNumberId, Instant now, Instant until) {
        Row row = rows.get(phoneNumberId);
        if (row == null || row.placedAt != null || !claim(phoneNumberId, now, until)) {
            return false;
        }
        placed(phoneNumberId, now);
        return true;
    }

    @Override
    public void placed(String phoneNumberId, Instant at) {
        Row row = rows.get(phoneNumberId);
        row.placedAt = at;
        row.attempts++;
    }

    @Override
    public void postpone(String phoneNumberId, String carrierOrderReference, Instant checkAfter) {
        Row row = rows.get(phoneNumberId);
        if (carrierOrderReference != null) {
            row.carrierOrderReference = carrierOrderReference;
        }
        row.checkAfter = checkAfter;
        row.claimedUntil = null;
    }

    @Override
    public void settled(String phoneNumberId, Instant at) {
        Row row = rows.get(phoneNumberId);
        if (row != null) {
            row.settledAt = at;
            row.claimedUntil = null;
        }
    }
}
