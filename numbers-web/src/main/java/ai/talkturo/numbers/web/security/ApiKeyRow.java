package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.web.database.InstantColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code api_keys}: the hash of a partner key, never the key. */
@Entity
@Table(name = "api_keys")
public class ApiKeyRow {

    @Id
    private String id;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "key_hash")
    private String keyHash;
    @Column(name = "key_hint")
    private String keyHint;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;
    @Column(name = "revoked_at")
    @Convert(converter = InstantColumn.class)
    private Instant revokedAt;

    protected ApiKeyRow() {
    }

    ApiKeyRow(String id, String accountId, String keyHash, String keyHint, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.keyHash = keyHash;
        this.keyHint = keyHint;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String accountId() {
        return accountId;
    }

    Instant createdAt() {
        return createdAt;
    }

    String keyHash() {
        return keyHash;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
