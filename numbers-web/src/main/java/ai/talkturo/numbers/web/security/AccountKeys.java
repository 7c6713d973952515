package ai.talkturo.numbers.web.security;

import ai.talkturo.numbers.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The partner keys of one account, as its customers manage them in the console. */
@ApplicationScoped
public class AccountKeys {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;
    @Inject
    ApiKeys apiKeys;

    /** Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountKey> of(String accountId) {
        return em.createQuery("select k.id, k.keyHint, k.createdAt, k.revokedAt from ApiKeyRow k "
                        + "where k.accountId = :account order by k.createdAt desc", Object[].class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(row -> new AccountKey((String) row[0], (String) row[1], (Instant) row[2], (Instant) row[3]))
                .toList();
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
