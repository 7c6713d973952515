package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The partner keys of one account, as its customers manage them in the console. */
@ApplicationScoped
public class AccountKeys {

    @Inject
    StoredKeys stored;
    @Inject
    ApiKeys apiKeys;

    /** Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountKey> of(String accountId) {
        return stored.ofAccount(accountId).stream().map(StoredKey::asSeenByOwner).toList();
    }

    public IssuedKey issue(String accountId) {
        return apiKeys.issue(accountId);
    }

    /** @throws NotFound if the key is not one of the account's */
    @Transactional
    public void revoke(String accountId, String keyId) {
        if (of(accountId).stream().noneMatch(key -> key.id().equals(keyId))) {
            throw new NotFound("api key", keyId);
        }
        apiKeys.revoke(keyId);
    }
}
