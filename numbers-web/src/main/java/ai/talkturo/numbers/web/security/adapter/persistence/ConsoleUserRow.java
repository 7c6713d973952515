package ai.talkturo.numbers.web.security.adapter.persistence;

import ai.talkturo.numbers.web.database.InstantColumn;
import ai.talkturo.numbers.web.security.StoredUser;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code console_users}: a person who signs in to the console, with a hash of their password. */
@Entity
@Table(name = "console_users")
class ConsoleUserRow {

    @Id
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    private String role;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_until")
    @Convert(converter = InstantColumn.class)
    private Instant lockedUntil;
    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;
    @Column(name = "updated_at")
    @Convert(converter = InstantColumn.class)
    private Instant updatedAt;

    protected ConsoleUserRow() {
    }

    ConsoleUserRow(StoredUser user, Instant now) {
        this.username = user.username();
        this.createdAt = now;
        update(user, now);
        this.role = user.role();
        this.accountId = user.accountId();
    }

    StoredUser stored() {
        return new StoredUser(username, passwordHash, role, accountId, failedAttempts, lockedUntil);
    }

    /** Takes the password hash, the failed attempts and the lock; the username, role and account stay. */
    void update(StoredUser user, Instant now) {
        this.passwordHash = user.passwordHash();
        this.failedAttempts = user.failedAttempts();
        this.lockedUntil = user.lockedUntil();
        this.updatedAt = now;
    }
}
