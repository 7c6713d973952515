package ai.talkturo.numbers.routing.adapter.persistence;

import ai.talkturo.numbers.domain.call.Call;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.number.E164Number;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row of {@code calls}. */
@Entity
@Table(name = "calls")
public class CallRow {

    @Id
    private String id;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "assistant_id")
    private String assistantId;
    @Column(name = "phone_number_id")
    private String phoneNumberId;
    @Column(name = "from_number")
    private String from;
    @Column(name = "to_number")
    private String to;
    private String provider;
    private String status;
    @Column(name = "carrier_call_id")
    private String carrierCallId;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(name = "campaign_id")
    private String campaignId;
    @Column(name = "contact_id")
    private String contactId;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantColumn.class)
    private Instant updatedAt;
    @Column(name = "answered_at")
    @Convert(converter = InstantColumn.class)
    private Instant answeredAt;
    @Column(name = "ended_at")
    @Convert(converter = InstantColumn.class)
    private Instant endedAt;
    @Column(name = "answered_by_machine")
    private boolean answeredByMachine;
    @Version
    private long version;

    protected CallRow() {
    }

    CallRow(Call call) {
        this.id = call.id();
        this.accountId = call.accountId();
        this.assistantId = call.assistantId();
        this.phoneNumberId = call.phoneNumberId();
        this.from = call.from().value();
        this.to = call.to().value();
        this.provider = call.provider();
        this.campaignId = call.campaignId();
        this.contactId = call.contactId();
        this.createdAt = call.createdAt();
        copy(call);
    }

    final void copy(Call call) {
        this.status = call.status().apiName();
        this.carrierCallId = call.carrierCallId();
        this.failureReason = abbreviate(call.failureReason());
        this.updatedAt = call.updatedAt();
        this.answeredAt = call.answeredAt();
        this.endedAt = call.endedAt();
        this.answeredByMachine = call.isAnsweredByMachine();
    }

    Call toCall() {
        return Call.restore(id, accountId, assistantId, phoneNumberId, new E164Number(from), new E164Number(to), provider,
                CallStatus.fromApiName(status).orElseThrow(() -> new IllegalStateException("unknown call status " + status)),
                carrierCallId, failureReason, campaignId, contactId, createdAt, updatedAt, answeredAt, endedAt,
                answeredByMachine, version);
    }

    static String abbreviate(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
    }
}
