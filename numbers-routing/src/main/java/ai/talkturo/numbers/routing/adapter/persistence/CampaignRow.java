package ai.talkturo.numbers.routing.adapter.persistence;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.CampaignStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code campaigns}; claiming one of its contacts holds it, so that claims of one campaign take turns. */
@Entity
@Table(name = "campaigns")
public class CampaignRow {

    @Id
    private String id;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "assistant_id")
    private String assistantId;
    private String name;
    @Column(name = "max_concurrent_calls")
    private int maxConcurrentCalls;
    @Column(name = "contact_count")
    private int contactCount;
    private String status;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantColumn.class)
    private Instant updatedAt;
    @Column(name = "completed_at")
    @Convert(converter = InstantColumn.class)
    private Instant completedAt;
    private long version;

    protected CampaignRow() {
    }

    CampaignRow(Campaign campaign) {
        this.id = campaign.id();
        this.accountId = campaign.accountId();
        this.assistantId = campaign.assistantId();
        this.name = campaign.name();
        this.maxConcurrentCalls = campaign.maxConcurrentCalls();
        this.contactCount = campaign.contactCount();
        this.createdAt = campaign.createdAt();
        copy(campaign);
    }

    final void copy(Campaign campaign) {
        this.status = campaign.status().apiName();
        this.updatedAt = campaign.updatedAt();
        this.completedAt = campaign.completedAt();
        this.version++;
    }

    Campaign toCampaign() {
        return Campaign.restore(id, accountId, assistantId, name, maxConcurrentCalls, contactCount,
                CampaignStatus.fromApiName(status).orElseThrow(() -> new IllegalStateException("unknown campaign status " + status)),
                createdAt, updatedAt, completedAt, version);
    }

    boolean running() {
        return CampaignStatus.RUNNING.apiName().equals(status);
    }
}
