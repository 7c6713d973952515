package ai.talkturo.numbers.web.security;

import jakarta.enterprise.context.RequestScoped;

/** The account whose partner key authenticated the current request. */
@RequestScoped
public class Caller {

    private String accountId;

    void authenticateAs(String accountId) {
        this.accountId = accountId;
    }

    public String accountId() {
        if (accountId == null) {
            throw new IllegalStateException("no partner key authenticated this request");
        }
        return accountId;
    }
}
