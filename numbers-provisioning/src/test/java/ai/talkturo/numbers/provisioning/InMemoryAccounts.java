package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Accounts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link Accounts} in a map; how often an account was locked is counted. */
final class InMemoryAccounts implements Accounts {

    private final Map<String, Account> byId = new TreeMap<>();
    int locks;

    @Override
    public Optional<Account> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Account> lockedById(String id) {
        locks++;
        return byId(id);
    }

    @Override
    public List<Account> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public void add(Account account) {
        byId.put(account.id(), account);
    }

    @Override
    public void update(Account account) {
        byId.put(account.id(), account);
    }
}
