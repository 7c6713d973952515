package ai.talkturo.numbers.web.partners.adapter.persistence;

import ai.talkturo.numbers.web.database.InstantColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code partner_trial_notices}: this trial number's coming expiry was announced. */
@Entity
@Table(name = "partner_trial_notices")
public class TrialNoticeRow {

    @Id
    @Column(name = "phone_number_id")
    private String phoneNumberId;
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "expires_at")
    @Convert(converter = InstantColumn.class)
    private Instant expiresAt;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;

    protected TrialNoticeRow() {
    }

    TrialNoticeRow(String phoneNumberId, String eventId, Instant expiresAt, Instant createdAt) {
        this.phoneNumberId = phoneNumberId;
        this.eventId = eventId;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }
}
