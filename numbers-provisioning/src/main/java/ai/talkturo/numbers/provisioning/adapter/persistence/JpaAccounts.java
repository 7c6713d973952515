package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** {@link Accounts} in the {@code accounts} table. */
@ApplicationScoped
@Transactional
public class JpaAccounts implements Accounts {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public Optional<Account> byId(String id) {
        return Optional.ofNullable(em.find(AccountRow.class, id)).map(AccountRow::toAccount);
    }

    @Override
    public Optional<Account> lockedById(String id) {
        return Optional.ofNullable(em.find(AccountRow.class, id, LockModeType.PESSIMISTIC_WRITE)).map(AccountRow::toAccount);
    }

    @Override
    public List<Account> all() {
        return em.createQuery("select a from AccountRow a order by a.id", AccountRow.class)
                .getResultStream().map(AccountRow::toAccount).toList();
    }

    @Override
    public void add(Account account) {
        em.persist(new AccountRow(account));
        em.flush();
    }

    @Override
    public void update(Account account) {
        AccountRow row = em.find(AccountRow.class, account.id());
        Versions.requireSame(account.id(), row.version(), account.version());
        row.copy(account);
        em.flush();
    }
}
