package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.provisioning.OpenAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Someone new opens a Free account with its first user, in one step: both are made, or neither. */
@ApplicationScoped
public class SignUp {

    @Inject
    OpenAccount openAccount;
    @Inject
    ConsoleUsers users;

    /**
     * @throws UsernameTaken if someone has the username already
     * @throws IllegalArgumentException if the name, username or password does not follow the rules
     */
    @Transactional
    public ConsoleUser signUp(String accountName, String username, String password) {
        if (accountName == null || accountName.isBlank() || accountName.strip().length() > 200) {
            throw new InvalidValue("the name of your company or project needs 1 to 200 characters");
        }
        Account account = openAccount.open(accountName.strip(), Plan.FREE);
        return users.addCustomer(account.id(), username, password);
    }
}
