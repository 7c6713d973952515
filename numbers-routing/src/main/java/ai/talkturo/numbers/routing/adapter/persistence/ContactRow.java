package ai.talkturo.numbers.routing.adapter.persistence;

import ai.talkturo.numbers.domain.campaign.Contact;
import ai.talkturo.numbers.domain.campaign.ContactStatus;
import ai.talkturo.numbers.domain.campaign.ContactWait;
import ai.talkturo.numbers.domain.number.E164Number;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code campaign_contacts}. */
@Entity
@Table(name = "campaign_contacts")
public class ContactRow {

    @Id
    private String id;
    @Column(name = "campaign_id")
    private String campaignId;
    @Column(name = "list_index")
    private int index;
    @Column(name = "phone_number")
    private String phoneNumber;
    private String name;
    private String status;
    @Column(name = "call_id")
    private String callId;
    @Column(name = "failure_reason")
    private String reason;
    @Column(name = "claimed_at")
    @Convert(converter = InstantColumn.class)
    private Instant claimedAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantColumn.class)
    private Instant updatedAt;
    private int attempts;
    @Column(name = "due_at")
    @Convert(converter = InstantColumn.class)
    private Instant dueAt;
    @Column(name = "waiting_for")
    private String waitingFor;

    protected ContactRow() {
    }

    ContactRow(Contact contact) {
        this.id = contact.id();
        this.campaignId = contact.campaignId();
        this.index = contact.index();
        this.phoneNumber = contact.phoneNumber().value();
        this.name = contact.name();
        this.status = contact.status().apiName();
        this.callId = contact.callId();
        this.reason = CallRow.abbreviate(contact.reason());
        this.claimedAt = contact.claimedAt();
        this.updatedAt = contact.updatedAt();
        this.attempts = contact.attempts();
        this.dueAt = contact.dueAt();
        this.waitingFor = contact.waitingFor() == null ? null : contact.waitingFor().apiName();
    }

    Contact toContact() {
        return new Contact(id, campaignId, index, new E164Number(phoneNumber), name,
                ContactStatus.fromApiName(status).orElseThrow(() -> new IllegalStateException("unknown contact status " + status)),
                callId, reason, claimedAt, updatedAt, attempts, dueAt, waitingFor == null ? null
                : ContactWait.fromApiName(waitingFor).orElseThrow(() -> new IllegalStateException("unknown wait " + waitingFor)));
    }

    void claim(Instant at) {
        status = ContactStatus.DIALING.apiName();
        claimedAt = at;
        updatedAt = at;
        dueAt = null;
        waitingFor = null;
    }
}
