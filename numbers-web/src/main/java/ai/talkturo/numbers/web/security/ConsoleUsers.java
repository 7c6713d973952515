package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.provisioning.ReadAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The people who sign in to the console: checks their passwords (with the lock-out of {@link ConsoleUserRow}) and
 * adds customers to accounts. Usernames are kept in lower case.
 */
@ApplicationScoped
public class ConsoleUsers {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{2,99}");

    @PersistenceContext(unitName = "numbers")
    EntityManager em;
    @Inject
    ConsolePasswords passwords;
    @Inject
    ReadAccount readAccount;
    @Inject
    Clock clock;

    /** Checks a password; each answer is committed at once, so a refusal counts even when nothing else happens. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SignInOutcome signIn(String username, String password) {
        String name = normalized(username);
        ConsoleUserRow user = name.isEmpty() ? null : em.find(ConsoleUserRow.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            passwords.verifyNothing(password);
            return new SignInOutcome.Refused();
        }
        Instant now = clock.instant();
        if (user.lockedAt(now)) {
            return new SignInOutcome.Locked(user.lockedUntil());
        }
        if (!passwords.verify(password, user.passwordHash())) {
            user.passwordRefused(now);
            return user.lockedAt(now) ? new SignInOutcome.Locked(user.lockedUntil()) : new SignInOutcome.Refused();
        }
        user.passwordAccepted(now);
        return new SignInOutcome.Accepted(user.toConsoleUser());
    }

    /** Until when the user is locked out, if they are now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return Optional.ofNullable(em.find(ConsoleUserRow.class, normalized(username)))
                .filter(user -> user.lockedAt(now))
                .map(ConsoleUserRow::lockedUntil);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConsoleUser> find(String username) {
        return Optional.ofNullable(em.find(ConsoleUserRow.class, normalized(username))).map(ConsoleUserRow::toConsoleUser);
    }

    /** The customers of an account, by username. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsoleUser> ofAccount(String accountId) {
        return em.createQuery("select u from ConsoleUserRow u where u.accountId = :account order by u.username",
                        ConsoleUserRow.class)
                .setParameter("account", accountId)
                .getResultStream().map(ConsoleUserRow::toConsoleUser).toList();
    }

    /**
     * Adds a customer to an account.
     *
     * @throws UsernameTaken if someone has the username already
     * @throws IllegalArgumentException if the username or password does not follow the rules
     * @throws NotFound if there is no such account
     */
    @Transactional
    public ConsoleUser addCustomer(String accountId, String username, String password) {
        readAccount.standing(accountId);
        String name = normalized(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidValue("a username has 3 to 100 letters, digits or . _ @ + -, starting with a letter or digit");
        }
        if (em.find(ConsoleUserRow.class, name) != null) {
            throw new UsernameTaken(name);
        }
        ConsoleUserRow row = ConsoleUserRow.customer(name, passwords.hash(password), accountId, clock.instant());
        try {
            em.persist(row);
            em.flush();
        } catch (PersistenceException taken) {
            throw new UsernameTaken(name);
        }
        return row.toConsoleUser();
    }

    static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
