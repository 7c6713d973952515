package ai.talkturo.numbers.domain.account;

import java.util.List;
import java.util.Optional;

/** The accounts the product keeps. */
public interface Accounts {

    Optional<Account> byId(String id);

    /**
     * The account, locked against other writers until the current transaction ends, so that decisions about what it
     * may still buy are taken one at a time.
     */
    Optional<Account> lockedById(String id);

    List<Account> all();

    void add(Account account);

    void update(Account account);
}
