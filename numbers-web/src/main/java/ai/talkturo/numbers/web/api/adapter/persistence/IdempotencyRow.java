package ai.talkturo.numbers.web.api.adapter.persistence;

import ai.talkturo.numbers.web.api.StoredAnswer;
import ai.talkturo.numbers.web.database.InstantColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A row of {@code idempotency_keys}. */
@Entity
@Table(name = "idempotency_keys")
class IdempotencyRow {

    /** Whose key it is (an account, or the operator) and the key itself. */
    @Embeddable
    public static class Key implements Serializable {
        private String scope;
        @Column(name = "idem_key")
        private String idemKey;

        protected Key() {
        }

        Key(String scope, String idemKey) {
            this.scope = scope;
            this.idemKey = idemKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && scope.equals(key.scope) && idemKey.equals(key.idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, idemKey);
        }
    }

    @EmbeddedId
    private Key key;
    @Column(name = "request_hash")
    private String requestHash;
    private Integer status;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "answer_body")
    private String responseBody;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;
    @Column(name = "claimed_by")
    private String claimedBy;
    @Column(name = "claimed_start")
    @Convert(converter = InstantColumn.class)
    private Instant claimedStart;

    protected IdempotencyRow() {
    }

    IdempotencyRow(Key key, StoredAnswer claim) {
        this.key = key;
        this.requestHash = claim.requestHash();
        this.status = claim.status();
        this.contentType = claim.contentType();
        this.responseBody = claim.body();
        this.createdAt = claim.createdAt();
        this.claimedBy = claim.claimedBy();
        this.claimedStart = claim.claimedStart();
    }

    StoredAnswer stored() {
        return new StoredAnswer(requestHash, status, contentType, responseBody, createdAt, claimedBy, claimedStart);
    }
}
