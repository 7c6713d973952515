package ai.talkturo.numbers.web.console;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/** The customer account an operator works in for the rest of the session, to buy or fix numbers on its behalf. */
@SessionScoped
public class ChosenAccount implements Serializable {

    private String accountId;
    private String name;

    void choose(String accountId, String name) {
        this.accountId = accountId;
        this.name = name;
    }

    void leave() {
        accountId = null;
        name = null;
    }

    String accountId() {
        return accountId;
    }

    String name() {
        return name;
    }
}
