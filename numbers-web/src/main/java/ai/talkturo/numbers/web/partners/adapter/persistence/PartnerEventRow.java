package ai.talkturo.numbers.web.partners.adapter.persistence;

import ai.talkturo.numbers.web.database.InstantColumn;
import ai.talkturo.numbers.web.partners.port.PartnerEvent;
import ai.talkturo.numbers.web.partners.port.PendingEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code partner_events}, the outbox. */
@Entity
@Table(name = "partner_events")
public class PartnerEventRow {

    private static final int LONGEST_ERROR = 500;

    @Id
    private String id;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "event_type")
    private String eventType;
    private String body;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;
    private int attempts;
    @Column(name = "next_attempt_at")
    @Convert(converter = InstantColumn.class)
    private Instant nextAttemptAt;
    @Column(name = "claimed_until")
    @Convert(converter = InstantColumn.class)
    private Instant claimedUntil;
    @Column(name = "delivered_at")
    @Convert(converter = InstantColumn.class)
    private Instant deliveredAt;
    @Column(name = "given_up_at")
    @Convert(converter = InstantColumn.class)
    private Instant givenUpAt;
    @Column(name = "last_error")
    private String lastError;

    protected PartnerEventRow() {
    }

    PartnerEventRow(PartnerEvent event, Instant writtenAt) {
        this.id = event.id();
        this.accountId = event.accountId();
        this.eventType = event.type().apiName();
        this.body = event.body();
        this.createdAt = writtenAt;
        this.nextAttemptAt = writtenAt;
    }

    PendingEvent toPendingEvent() {
        return new PendingEvent(id, accountId, body, createdAt, attempts);
    }

    boolean isPending() {
        return nextAttemptAt != null;
    }

    void delivered(Instant at) {
        attempts++;
        deliveredAt = at;
        nextAttemptAt = null;
        claimedUntil = null;
    }

    void retryAt(Instant next, String error) {
        attempts++;
        nextAttemptAt = next;
        claimedUntil = null;
        lastError = shortened(error);
    }

    void giveUp(Instant at, String error, boolean attempted) {
        if (attempted) {
            attempts++;
        }
        givenUpAt = at;
        nextAttemptAt = null;
        claimedUntil = null;
        lastError = shortened(error);
    }

    private static String shortened(String error) {
        return error == null || error.length() <= LONGEST_ERROR ? error : error.substring(0, LONGEST_ERROR);
    }
}
