package ai.talkturo.numbers.web.security;

import jakarta.enterprise.context.RequestScoped;

/** The account whose partner key authenticated the current request. */
@RequestScoped
public class Caller {

    private String accountId;

    void authenticateAs(String accountId) {
        this.accountId = accountId;
    }

    /** The account, or the operator for {@code /api/admin}: whose idempotency keys and limits apply. */
    public String scope() {
        return accountId == null ? "operator" : accountId;
    }

    public String accountId() {
        if (accountId == null) {
            throw new IllegalStateException("no partner key authenticated this request");
        }
        return accountId;
    }
}
