package ai.talkturo.numbers.web.security;

import java.time.Duration;
import java.time.Instant;

/**
 * A person who signs in to the console, as kept: an operator, or a customer of one account. After
 * {@value #ATTEMPTS_BEFORE_LOCK} wrong passwords in a row the user is locked for {@link #LOCK}, whatever is typed.
 */
public record StoredUser(String username, String passwordHash, String role, String accountId, int failedAttempts,
                         Instant lockedUntil) {

    static final int ATTEMPTS_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    static StoredUser operator(String username, String passwordHash) {
        return new StoredUser(username, passwordHash, ConsoleRoles.OPERATOR, null, 0, null);
    }

    static StoredUser customer(String username, String passwordHash, String accountId) {
        return new StoredUser(username, passwordHash, ConsoleRoles.CUSTOMER, accountId, 0, null);
    }

    ConsoleUser asConsoleUser() {
        return new ConsoleUser(username, role, accountId);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A wrong password: the fifth in a row locks the user, and the count starts again once the lock is over. */
    StoredUser afterRefusal(Instant now) {
        int attempts = failedAttempts + 1;
        return attempts >= ATTEMPTS_BEFORE_LOCK
                ? new StoredUser(username, passwordHash, role, accountId, 0, now.plus(LOCK))
                : new StoredUser(username, passwordHash, role, accountId, attempts, lockedUntil);
    }

    StoredUser afterAcceptance() {
        return new StoredUser(username, passwordHash, role, accountId, 0, null);
    }

    /** A new password lifts any lock. */
    StoredUser withPassword(String newHash) {
        return new StoredUser(username, newHash, role, accountId, 0, null);
    }
}
