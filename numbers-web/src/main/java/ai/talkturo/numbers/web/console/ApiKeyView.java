package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.web.security.AccountKey;
import java.io.Serializable;

/** A partner key in the Account page's list: its first characters, when it was made, whether it still works. */
public final class ApiKeyView implements Serializable {

    private final String id;
    private final String hint;
    private final String createdAt;
    private final String revokedAt;

    ApiKeyView(AccountKey key) {
        this.id = key.id();
        this.hint = key.hint() + "…";
        this.createdAt = Display.moment(key.createdAt());
        this.revokedAt = key.revoked() ? Display.moment(key.revokedAt()) : null;
    }

    public String getId() {
        return id;
    }

    public String getHint() {
        return hint;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getRevokedAt() {
        return revokedAt;
    }
}
