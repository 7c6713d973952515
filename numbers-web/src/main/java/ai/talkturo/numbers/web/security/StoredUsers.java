package ai.talkturo.numbers.web.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the console's users are kept, by their username in lower case. */
public interface StoredUsers {

    Optional<StoredUser> find(String username);

    /** The user, read under a lock on its row that holds until the transaction ends, for a change in it. */
    Optional<StoredUser> findToChange(String username);

    /** The customers of an account, by username. */
    List<StoredUser> ofAccount(String accountId);

    /** Adds a user; false, and nothing added, when someone has the username already. */
    boolean add(StoredUser user, Instant at);

    /** Keeps the user's password hash, failed attempts and lock as they are now. */
    void update(StoredUser user, Instant at);
}
