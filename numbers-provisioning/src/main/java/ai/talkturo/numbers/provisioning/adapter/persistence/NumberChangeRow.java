package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code number_changes}: a number's state right after one of its changes, under the sequence the database
 * gave it. Public for the readers of the log outside this module, which may only read it.
 */
@Entity
@Table(name = "number_changes")
public class NumberChangeRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;
    @Column(name = "phone_number_id")
    private String phoneNumberId;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "phone_number")
    private String phoneNumber;
    @Column(name = "assistant_id")
    private String assistantId;
    private String status;
    private long version;
    @Column(name = "changed_at")
    @Convert(converter = InstantColumn.class)
    private Instant changedAt;
    @Column(name = "inbound_rules")
    @Convert(converter = InboundRulesColumn.class)
    private InboundRules inboundRules;

    protected NumberChangeRow() {
    }

    NumberChangeRow(NumberChanged change) {
        this.phoneNumberId = change.phoneNumberId();
        this.accountId = change.accountId();
        this.phoneNumber = change.phoneNumber();
        this.assistantId = change.assistantId();
        this.status = change.status().apiName();
        this.version = change.version();
        this.changedAt = change.occurredAt();
        this.inboundRules = change.inboundRules();
    }

    public long seq() {
        return seq;
    }

    public String phoneNumberId() {
        return phoneNumberId;
    }

    public String accountId() {
        return accountId;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    public String assistantId() {
        return assistantId;
    }

    public NumberStatus status() {
        return NumberStatus.fromApiName(status).orElseThrow();
    }

    public long version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** The number's inbound rules right after the change. */
    public InboundRules inboundRules() {
        return inboundRules == null ? InboundRules.NONE : inboundRules;
    }
}
