package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Accounts;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.account.PlanChange;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * An operator moves an account to another plan. Leaving the free plan turns its trial number into a regular
 * one: the expiry is gone. The account is locked as a purchase locks it, so a trial number bought meanwhile is
 * either seen here or bought under the new plan.
 */
@ApplicationScoped
public class ChangePlan {

    @Inject
    Accounts accounts;
    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    NumberEvents events;
    @Inject
    Clock clock;

    @Transactional
    public Account change(String accountId, Plan plan) {
        Account account = accounts.lockedById(accountId).orElseThrow(() -> new NotFound("account", accountId));
        PlanChange change = account.changePlan(plan, clock);
        accounts.update(account);
        if (change.endsTrials()) {
            for (PhoneNumber number : phoneNumbers.ofAccount(accountId)) {
                if (number.trial()) {
                    number.endTrial(clock);
                    phoneNumbers.update(number);
                    events.publish(number);
                }
            }
        }
        return account;
    }
}
