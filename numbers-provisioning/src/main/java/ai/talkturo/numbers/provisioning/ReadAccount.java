package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Accounts;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads accounts with their standing. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadAccount {

    @Inject
    Accounts accounts;
    @Inject
    PhoneNumbers phoneNumbers;

    public AccountStanding standing(String accountId) {
        Account account = accounts.byId(accountId).orElseThrow(() -> new NotFound("account", accountId));
        return standing(account);
    }

    public List<AccountStanding> all() {
        return accounts.all().stream().map(this::standing).toList();
    }

    /**
     * The newest {@code limit} accounts whose name or id contains {@code text} (any case; null or blank for all),
     * with their standing.
     */
    public List<AccountStanding> newest(String text, int limit) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return accounts.all().stream()
                .filter(account -> wanted.isEmpty() || account.name().toLowerCase(Locale.ROOT).contains(wanted)
                        || account.id().toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing(Account::createdAt).thenComparing(Account::id).reversed())
                .limit(limit)
                .map(this::standing)
                .toList();
    }

    /** The names of these accounts, by id; an id without an account is left out. */
    public Map<String, String> namesOf(Collection<String> accountIds) {
        return accountIds.stream().distinct()
                .map(accounts::byId)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Account::id, Account::name));
    }

    public AccountStanding standing(Account account) {
        long held = phoneNumbers.countCountingAgainstPlan(account.id());
        return new AccountStanding(account, held, account.trialNumberAvailable(held));
    }
}
