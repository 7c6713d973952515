package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.web.database.InstantColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A person who signs in to the console: an operator, or a customer of one account. After
 * {@value #ATTEMPTS_BEFORE_LOCK} wrong passwords in a row the user is locked for {@link #LOCK}, whatever is typed.
 */
@Entity
@Table(name = "console_users")
public class ConsoleUserRow {

    static final int ATTEMPTS_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

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
        return new ConsoleUserRow(username, passwordHash, ConsoleRoles.OPERATOR, null, now);
    }

    static ConsoleUserRow customer(String username, String passwordHash, String accountId, Instant now) {
        return new ConsoleUserRow(username, passwordHash, ConsoleRoles.CUSTOMER, accountId, now);
    }

    private ConsoleUserRow(String username, String passwordHash, String role, String accountId, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.accountId = accountId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String role() {
        return role;
    }

    String accountId() {
        return accountId;
    }

    Instant createdAt() {
        return createdAt;
    }

    ConsoleUser toConsoleUser() {
        return new ConsoleUser(username, role, accountId);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    /** A wrong password: the fifth in a row locks the user, and the count starts again once the lock is over. */
    void passwordRefused(Instant now) {
        failedAttempts++;
        if (failedAttempts >= ATTEMPTS_BEFORE_LOCK) {
            lockedUntil = now.plus(LOCK);
            failedAttempts = 0;
        }
        updatedAt = now;
    }

    void passwordAccepted(Instant now) {
        if (failedAttempts != 0 || lockedUntil != null) {
            failedAttempts = 0;
            lockedUntil = null;
            updatedAt = now;
        }
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.updatedAt = now;
    }
}
