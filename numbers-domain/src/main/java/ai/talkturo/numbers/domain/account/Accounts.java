package ai.talkturo.numbers.domain.account;

import java.util.List;
import java.util.Optional;

/** The accounts the product keeps. */
public interface Accounts {

    Optional<Account> byId(String id);

    List<Account> all();

    void add(Account account);

    void update(Account account);
}
