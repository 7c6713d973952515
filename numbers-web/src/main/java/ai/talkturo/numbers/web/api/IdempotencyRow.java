package ai.talkturo.numbers.web.api;

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
public class IdempotencyRow {

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

    IdempotencyRow(Key key, String requestHash, Instant createdAt, String claimedBy, Instant claimedStart) {
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
        this.claimedBy = claimedBy;
        this.claimedStart = claimedStart;
    }

    /** Whether the first request is still being answered, by the run of an instance it names. */
    boolean inProgress() {
        return status == null;
    }

    String claimedBy() {
        return claimedBy;
    }

    Instant claimedStart() {
        return claimedStart;
    }

    String requestHash() {
        return requestHash;
    }

    /** A first request that never answered (its server stopped) does not hold its key for ever. */
    boolean abandoned(Instant now) {
        return status == null && createdAt.isBefore(now.minus(IdempotencyKeys.ABANDONED_AFTER));
    }

    Integer status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    String responseBody() {
        return responseBody;
    }
}
