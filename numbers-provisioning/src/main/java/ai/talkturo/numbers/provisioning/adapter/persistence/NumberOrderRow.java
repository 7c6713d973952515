package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.provisioning.port.PendingOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code number_orders}. */
@Entity
@Table(name = "number_orders")
public class NumberOrderRow {

    @Id
    @Column(name = "phone_number_id")
    private String phoneNumberId;
    @Column(name = "assistant_id")
    private String assistantId;
    @Column(name = "address_id")
    private String addressId;
    @Column(name = "compliance_profile_id")
    private String complianceProfileId;
    @Column(name = "placed_at")
    @Convert(converter = InstantColumn.class)
    private Instant placedAt;
    @Column(name = "carrier_order_reference")
    private String carrierOrderReference;
    private int attempts;
    @Column(name = "check_after")
    @Convert(converter = InstantColumn.class)
    private Instant checkAfter;
    @Column(name = "claimed_until")
    @Convert(converter = InstantColumn.class)
    private Instant claimedUntil;
    @Column(name = "settled_at")
    @Convert(converter = InstantColumn.class)
    private Instant settledAt;

    protected NumberOrderRow() {
    }

    NumberOrderRow(String phoneNumberId, String assistantId, String addressId, String complianceProfileId,
                   Instant checkAfter) {
        this.phoneNumberId = phoneNumberId;
        this.assistantId = assistantId;
        this.addressId = addressId;
        this.complianceProfileId = complianceProfileId;
        this.checkAfter = checkAfter;
    }

    PendingOrder toPendingOrder() {
        return new PendingOrder(phoneNumberId, assistantId, addressId, complianceProfileId, placedAt, carrierOrderReference, attempts);
    }

    boolean settled() {
        return settledAt != null;
    }

    void placed(Instant at) {
        placedAt = at;
        attempts++;
    }

    void postpone(String orderReference, Instant after) {
        if (orderReference != null) {
            carrierOrderReference = orderReference;
        }
        checkAfter = after;
        claimedUntil = null;
    }

    void settle(Instant at) {
        settledAt = at;
        claimedUntil = null;
    }
}
