package ai.talkturo.numbers.routing.adapter.persistence;

import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.campaign.CallWindow;
import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.campaign.CampaignRules;
import ai.talkturo.numbers.domain.campaign.RetryPolicy;
import ai.talkturo.numbers.domain.campaign.VoicemailMode;
import ai.talkturo.numbers.domain.campaign.CampaignStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

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
    @Column(name = "window_start")
    private String windowStart;
    @Column(name = "window_end")
    private String windowEnd;
    @Column(name = "window_days")
    private String windowDays;
    @Column(name = "from_number_ids")
    private String fromNumberIds;
    @Column(name = "retry_max_attempts")
    private int retryMaxAttempts;
    @Column(name = "retry_after_seconds")
    private long retryAfterSeconds;
    @Column(name = "retry_on")
    private String retryOn;
    private String voicemail;
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
        CampaignRules rules = campaign.rules();
        this.windowStart = CallWindow.text(rules.window().start());
        this.windowEnd = CallWindow.text(rules.window().end());
        this.windowDays = String.join(",", rules.window().dayNames());
        this.fromNumberIds = String.join(",", rules.fromNumberIds());
        this.retryMaxAttempts = rules.retry().maxAttempts();
        this.retryAfterSeconds = rules.retry().after().toSeconds();
        this.retryOn = rules.retry().on().stream().map(CallStatus::apiName).sorted().collect(Collectors.joining(","));
        this.voicemail = rules.voicemail().apiName();
        copy(campaign);
    }

    final void copy(Campaign campaign) {
        this.status = campaign.status().apiName();
        this.updatedAt = campaign.updatedAt();
        this.completedAt = campaign.completedAt();
        this.version++;
    }

    Campaign toCampaign() {
        return Campaign.restore(id, accountId, assistantId, name, maxConcurrentCalls, contactCount, rules(),
                CampaignStatus.fromApiName(status).orElseThrow(() -> new IllegalStateException("unknown campaign status " + status)),
                createdAt, updatedAt, completedAt, version);
    }

    private CampaignRules rules() {
        CallWindow window = new CallWindow(CallWindow.time(windowStart), CallWindow.time(windowEnd),
                listed(windowDays).stream().map(day -> CallWindow.day(day).orElseThrow(
                        () -> new IllegalStateException("unknown day " + day))).collect(Collectors.toSet()));
        RetryPolicy retry = new RetryPolicy(retryMaxAttempts, Duration.ofSeconds(retryAfterSeconds),
                listed(retryOn).stream().map(status -> CallStatus.fromApiName(status).orElseThrow(
                        () -> new IllegalStateException("unknown call status " + status))).collect(Collectors.toSet()));
        return new CampaignRules(window, listed(fromNumberIds), retry, VoicemailMode.fromApiName(voicemail)
                .orElseThrow(() -> new IllegalStateException("unknown voicemail mode " + voicemail)));
    }

    private static List<String> listed(String column) {
        return column.isEmpty() ? List.of() : List.of(column.split(","));
    }

    boolean running() {
        return CampaignStatus.RUNNING.apiName().equals(status);
    }
}
