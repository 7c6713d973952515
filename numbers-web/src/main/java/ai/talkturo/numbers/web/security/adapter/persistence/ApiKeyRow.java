package ai.talkturo.numbers.web.security.adapter.persistence;

import ai.talkturo.numbers.web.database.InstantColumn;
import ai.talkturo.numbers.web.security.StoredKey;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code api_keys}: the hash of a partner key, never the key. */
@Entity
@Table(name = "api_keys")
class ApiKeyRow {

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

    ApiKeyRow(StoredKey key) {
        this.id = key.id();
        this.accountId = key.accountId();
        this.keyHash = key.keyHash();
        this.keyHint = key.hint();
        this.createdAt = key.createdAt();
        this.revokedAt = key.revokedAt();
    }

    StoredKey stored() {
        return new StoredKey(id, accountId, keyHash, keyHint, createdAt, revokedAt);
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
