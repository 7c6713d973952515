package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.persistence;

import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.adapter.carrier.sandbox.SandboxCall;
import ai.talkturo.numbers.provisioning.adapter.persistence.InstantColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code sandbox_calls}: one call the sandbox simulates, and what it reported of it so far. */
@Entity
@Table(name = "sandbox_calls")
class SandboxCallRow {

    @Id
    @Column(name = "carrier_call_id")
    private String carrierCallId;
    @Column(name = "call_reference")
    private String reference;
    @Column(name = "from_number")
    private String from;
    @Column(name = "to_number")
    private String to;
    private String outcome;
    @Column(name = "failure_reason")
    private String failureReason;
    @Column(name = "placed_at")
    @Convert(converter = InstantColumn.class)
    private Instant placedAt;
    @Column(name = "rings_at")
    @Convert(converter = InstantColumn.class)
    private Instant ringsAt;
    @Column(name = "answers_at")
    @Convert(converter = InstantColumn.class)
    private Instant answersAt;
    @Column(name = "ends_at")
    @Convert(converter = InstantColumn.class)
    private Instant endsAt;
    private String reported;

    protected SandboxCallRow() {
    }

    SandboxCallRow(SandboxCall call) {
        this.carrierCallId = call.carrierCallId();
        this.reference = call.reference();
        this.from = call.from().value();
        this.to = call.to().value();
        this.outcome = call.outcome().apiName();
        this.failureReason = call.failureReason();
        this.placedAt = call.placedAt();
        this.ringsAt = call.ringsAt();
        this.answersAt = call.answersAt();
        this.endsAt = call.endsAt();
        this.reported = call.reported().apiName();
    }

    SandboxCall toCall() {
        return new SandboxCall(carrierCallId, reference, new E164Number(from), new E164Number(to), status(outcome),
                failureReason, placedAt, ringsAt, answersAt, endsAt, status(reported));
    }

    /** Takes {@code next} as the last status reported, if it is later than the one reported so far. */
    boolean report(CallStatus next) {
        if (!status(reported).canMoveTo(next)) {
            return false;
        }
        reported = next.apiName();
        return true;
    }

    private static CallStatus status(String column) {
        return CallStatus.fromApiName(column).orElseThrow(() -> new IllegalStateException("unknown call status " + column));
    }
}
