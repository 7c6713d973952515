package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Accounts;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

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

    public AccountStanding standing(Account account) {
        long held = phoneNumbers.countCountingAgainstPlan(account.id());
        return new AccountStanding(account, held, account.trialNumberAvailable(held));
    }
}
