package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.provisioning.ReadAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The people who sign in to the console: checks their passwords (with the lock-out of {@link StoredUser}) and
 * adds customers to accounts. Usernames are kept in lower case.
 */
@ApplicationScoped
public class ConsoleUsers {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{2,99}");

    @Inject
    StoredUsers users;
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
        Optional<StoredUser> found = name.isEmpty() ? Optional.empty() : users.findToChange(name);
        if (found.isEmpty()) {
            passwords.verifyNothing(password);
            return new SignInOutcome.Refused();
        }
        StoredUser user = found.get();
        Instant now = clock.instant();
        if (user.lockedAt(now)) {
            return new SignInOutcome.Locked(user.lockedUntil());
        }
        if (!passwords.verify(password, user.passwordHash())) {
            StoredUser refused = user.afterRefusal(now);
            users.update(refused, now);
            return refused.lockedAt(now) ? new SignInOutcome.Locked(refused.lockedUntil()) : new SignInOutcome.Refused();
        }
        StoredUser accepted = user.afterAcceptance();
        if (!accepted.equals(user)) {
            users.update(accepted, now);
        }
        return new SignInOutcome.Accepted(user.asConsoleUser());
    }

    /** Until when the user is locked out, if they are now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return users.find(normalized(username))
                .filter(user -> user.lockedAt(now))
                .map(StoredUser::lockedUntil);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConsoleUser> find(String username) {
        return users.find(normalized(username)).map(StoredUser::asConsoleUser);
    }

    /** The customers of an account, by username. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsoleUser> ofAccount(String accountId) {
        return users.ofAccount(accountId).stream().map(StoredUser::asConsoleUser).toList();
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
        if (users.find(name).isPresent()) {
            throw new UsernameTaken(name);
        }
        StoredUser user = StoredUser.customer(name, passwords.hash(password), accountId);
        if (!users.add(user, clock.instant())) {
            throw new UsernameTaken(name);
        }
        return user.asConsoleUser();
    }

    static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
