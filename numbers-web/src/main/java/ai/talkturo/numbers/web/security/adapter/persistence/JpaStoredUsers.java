package ai.talkturo.numbers.web.security.adapter.persistence;

import ai.talkturo.numbers.web.security.StoredUser;
import ai.talkturo.numbers.web.security.StoredUsers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link StoredUsers} in {@code console_users}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class JpaStoredUsers implements StoredUsers {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredUser> find(String username) {
        return Optional.ofNullable(em.find(ConsoleUserRow.class, username)).map(ConsoleUserRow::stored);
    }

    @Override
    public Optional<StoredUser> findToChange(String username) {
        return Optional.ofNullable(em.find(ConsoleUserRow.class, username, LockModeType.PESSIMISTIC_WRITE))
                .map(ConsoleUserRow::stored);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredUser> ofAccount(String accountId) {
        return em.createQuery("select u from ConsoleUserRow u where u.accountId = :account order by u.username",
                        ConsoleUserRow.class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(ConsoleUserRow::stored)
                .toList();
    }

    @Override
    public boolean add(StoredUser user, Instant at) {
        try {
            em.persist(new ConsoleUserRow(user, at));
            em.flush();
            return true;
        } catch (PersistenceException taken) {
            return false;
        }
    }

    @Override
    public void update(StoredUser user, Instant at) {
        ConsoleUserRow row = em.find(ConsoleUserRow.class, user.username());
        if (row == null) {
            throw new IllegalStateException("no console user " + user.username() + " to update");
        }
        row.update(user, at);
    }
}
