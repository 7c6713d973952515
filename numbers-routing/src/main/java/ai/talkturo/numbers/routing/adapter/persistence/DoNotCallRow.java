package ai.talkturo.numbers.routing.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A row of {@code do_not_call}: one number an account never calls. */
@Entity
@Table(name = "do_not_call")
public class DoNotCallRow {

    /** An account and one of the numbers on its list. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "account_id")
        private String accountId;
        @Column(name = "phone_number")
        private String phoneNumber;

        protected Key() {
        }

        Key(String accountId, String phoneNumber) {
            this.accountId = accountId;
            this.phoneNumber = phoneNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && accountId.equals(key.accountId) && phoneNumber.equals(key.phoneNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, phoneNumber);
        }
    }

    @EmbeddedId
    private Key key;
    @Column(name = "added_at")
    @Convert(converter = InstantColumn.class)
    private Instant addedAt;

    protected DoNotCallRow() {
    }

    DoNotCallRow(String accountId, String phoneNumber, Instant addedAt) {
        this.key = new Key(accountId, phoneNumber);
        this.addedAt = addedAt;
    }

    String phoneNumber() {
        return key.phoneNumber;
    }

    Instant addedAt() {
        return addedAt;
    }
}
