package ai.talkturo.numbers.web.partners.adapter.persistence;

import ai.talkturo.numbers.web.database.InstantColumn;
import ai.talkturo.numbers.web.partners.port.PartnerWebhook;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;

/** A row of {@code partner_webhooks}. */
@Entity
@Table(name = "partner_webhooks")
public class PartnerWebhookRow {

    @Id
    @Column(name = "account_id")
    private String accountId;
    private String url;
    private String secret;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantColumn.class)
    private Instant updatedAt;

    protected PartnerWebhookRow() {
    }

    PartnerWebhookRow(String accountId, Instant createdAt) {
        this.accountId = accountId;
        this.createdAt = createdAt;
    }

    void point(URI url, String secret, Instant at) {
        this.url = url.toString();
        this.secret = secret;
        this.updatedAt = at;
    }

    PartnerWebhook toPartnerWebhook() {
        return new PartnerWebhook(accountId, URI.create(url), secret);
    }
}
