package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.persistence;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.SandboxOrder;
import ai.talkturo.numbers.provisioning.adapter.persistence.InstantColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row of {@code sandbox_numbers}: the latest order for one number, kept after the number is released. */
@Entity
@Table(name = "sandbox_numbers")
class SandboxNumberRow {

    @Id
    @Column(name = "phone_number")
    private String phoneNumber;
    @Column(name = "order_reference")
    private String orderReference;
    @Column(name = "carrier_reference")
    private String carrierReference;
    private String status;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(name = "ordered_at")
    @Convert(converter = InstantColumn.class)
    private Instant orderedAt;
    @Column(name = "completes_at")
    @Convert(converter = InstantColumn.class)
    private Instant completesAt;
    @Column(name = "released_at")
    @Convert(converter = InstantColumn.class)
    private Instant releasedAt;
    @Version
    private long version;

    protected SandboxNumberRow() {
    }

    SandboxNumberRow(SandboxOrder order) {
        this.phoneNumber = order.number().value();
        copy(order);
    }

    final void copy(SandboxOrder order) {
        if (!order.number().value().equals(phoneNumber)) {
            throw new IllegalArgumentException("the row of " + phoneNumber + " cannot hold an order for " + order.number());
        }
        this.orderReference = order.reference();
        this.carrierReference = order.carrierReference();
        this.status = order.status().columnValue();
        this.failureReason = order.failureReason();
        this.orderedAt = order.orderedAt();
        this.completesAt = order.completesAt();
        this.releasedAt = order.releasedAt();
    }

    SandboxOrder toOrder() {
        return new SandboxOrder(new E164Number(phoneNumber), orderReference, carrierReference,
                SandboxOrder.Status.fromColumnValue(status)
                        .orElseThrow(() -> new IllegalStateException("unknown sandbox order status " + status)),
                failureReason, orderedAt, completesAt, releasedAt, version);
    }

    long version() {
        return version;
    }
}
