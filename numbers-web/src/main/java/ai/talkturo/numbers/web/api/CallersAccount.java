package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.provisioning.ReadAccount;
import ai.talkturo.numbers.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Checks the account a request body names ({@link AccountNamed}) against the caller's: its id or its slug
 * ({@code my-team} for "My Team"), in any case. Any other name is answered as an account that does not exist.
 */
@RequestScoped
public class CallersAccount {

    @Inject
    Caller caller;
    @Inject
    ReadAccount readAccount;

    /** @throws NotFound when a name given is not the caller's account's */
    void check(AccountNamed body) {
        if (body.accountNames().values().stream().allMatch(name -> name == null || name.isBlank())) {
            return;
        }
        Account account = readAccount.standing(caller.accountId()).account();
        body.accountNames().values().stream()
                .filter(name -> name != null && !name.isBlank())
                .filter(name -> !name.strip().equals(account.id()) && !name.strip().equalsIgnoreCase(account.slug()))
                .findFirst()
                .ifPresent(name -> {
                    throw new NotFound("account", name);
                });
    }
}
