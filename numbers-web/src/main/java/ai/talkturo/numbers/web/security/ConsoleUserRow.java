package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.provisioning.adapter.persistence.InstantColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who signs in to the console: an operator, or a customer of one account. */
@Entity
@Table(name = "console_users")
public class ConsoleUserRow {

    static final String OPERATOR = "operator";

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

    static ConsoleUserRow operator(String username, String passwordHash, Instant now) {
        ConsoleUserRow row = new ConsoleUserRow();
        row.username = username;
        row.passwordHash = passwordHash;
        row.role = OPERATOR;
        row.createdAt = now;
        row.updatedAt = now;
        return row;
    }

    String passwordHash() {
        return passwordHash;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.updatedAt = now;
    }
}
