package ai.talkturo.numbers.web.security.adapter.persistence;

import ai.talkturo.numbers.web.database.InstantColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The hash of the operator key generated on first start, when none is configured. */
@Entity
@Table(name = "operator_keys")
class OperatorKeyRow {

    static final String GENERATED = "generated";

    @Id
    private String id;
    @Column(name = "key_hash")
    private String keyHash;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;

    protected OperatorKeyRow() {
    }

    OperatorKeyRow(String keyHash, Instant createdAt) {
        this.id = GENERATED;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
    }

    String keyHash() {
        return keyHash;
    }
}
