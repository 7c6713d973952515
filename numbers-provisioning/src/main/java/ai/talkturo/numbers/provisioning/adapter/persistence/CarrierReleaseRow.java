package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.provisioning.port.PendingRelease;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code carrier_releases}. */
@Entity
@Table(name = "carrier_releases")
public class CarrierReleaseRow {

    @Id
    @Column(name = "phone_number_id")
    private String phoneNumberId;
    private String provider;
    @Column(name = "carrier_reference")
    private String carrierReference;
    private int attempts;
    @Column(name = "try_after")
    @Convert(converter = InstantColumn.class)
    private Instant tryAfter;
    @Column(name = "claimed_until")
    @Convert(converter = InstantColumn.class)
    private Instant claimedUntil;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "done_at")
    @Convert(converter = InstantColumn.class)
    private Instant doneAt;

    protected CarrierReleaseRow() {
    }

    CarrierReleaseRow(String phoneNumberId, String provider, String carrierReference, Instant tryAfter) {
        this.phoneNumberId = phoneNumberId;
        this.provider = provider;
        this.carrierReference = carrierReference;
        this.tryAfter = tryAfter;
    }

    PendingRelease toPendingRelease() {
        return new PendingRelease(phoneNumberId, provider, carrierReference, attempts);
    }

    void done(Instant at) {
        doneAt = at;
        claimedUntil = null;
        attempts++;
    }

    void retryLater(Instant after, String error) {
        attempts++;
        tryAfter = after;
        claimedUntil = null;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
