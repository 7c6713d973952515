package ai.talkturo.numbers.routing.adapter.persistence;

import ai.talkturo.numbers.domain.campaign.DoNotCallList;
import ai.talkturo.numbers.domain.number.E164Number;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** {@link DoNotCallList} in {@code do_not_call}, one row per account and number. */
@ApplicationScoped
@Transactional
public class JpaDoNotCallList implements DoNotCallList {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public List<Entry> add(String accountId, Collection<E164Number> numbers, Instant at) {
        List<Entry> entries = new ArrayList<>();
        for (E164Number number : new LinkedHashSet<>(numbers)) {
            DoNotCallRow row = em.find(DoNotCallRow.class, new DoNotCallRow.Key(accountId, number.value()));
            if (row == null) {
                row = new DoNotCallRow(accountId, number.value(), at);
                em.persist(row);
            }
            entries.add(new Entry(number, row.addedAt()));
        }
        em.flush();
        return entries;
    }

    @Override
    public boolean remove(String accountId, E164Number number) {
        return em.createQuery("delete from DoNotCallRow d where d.key.accountId = :account and d.key.phoneNumber = :number")
                .setParameter("account", accountId)
                .setParameter("number", number.value())
                .executeUpdate() == 1;
    }

    @Override
    public Optional<Entry> find(String accountId, E164Number number) {
        return Optional.ofNullable(em.find(DoNotCallRow.class, new DoNotCallRow.Key(accountId, number.value())))
                .map(row -> new Entry(number, row.addedAt()));
    }

    @Override
    public List<Entry> list(String accountId, String after, int limit) {
        return em.createQuery("select d from DoNotCallRow d where d.key.accountId = :account "
                        + "and d.key.phoneNumber > :after order by d.key.phoneNumber", DoNotCallRow.class)
                .setParameter("account", accountId)
                .setParameter("after", after == null ? "" : after)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Entry(E164Number.of(row.phoneNumber()), row.addedAt()))
                .toList();
    }
}
