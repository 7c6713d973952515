package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Accounts;
import ai.talkturo.numbers.domain.account.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** An operator opens an account on a plan. */
@ApplicationScoped
public class OpenAccount {

    @Inject
    Accounts accounts;
    @Inject
    Clock clock;

    @Transactional
    public Account open(String name, Plan plan) {
        Account account = Account.open(name, plan, clock);
        accounts.add(account);
        return account;
    }
}
