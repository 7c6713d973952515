package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.NumberTaken;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link PhoneNumbers} in the {@code phone_numbers} table. */
@ApplicationScoped
@Transactional
public class JpaPhoneNumbers implements PhoneNumbers {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public Optional<PhoneNumber> byId(String id) {
        return Optional.ofNullable(em.find(PhoneNumberRow.class, id)).map(PhoneNumberRow::toPhoneNumber);
    }

    @Override
    public Optional<PhoneNumber> inAccount(String accountId, String id) {
        return byId(id).filter(number -> number.accountId().equals(accountId));
    }

    @Override
    public Optional<PhoneNumber> lockedInAccount(String accountId, String id) {
        return lockedById(id).filter(number -> number.accountId().equals(accountId));
    }

    @Override
    public Optional<PhoneNumber> lockedById(String id) {
        return Optional.ofNullable(em.find(PhoneNumberRow.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(PhoneNumberRow::toPhoneNumber);
    }

    @Override
    public List<PhoneNumber> ofAccount(String accountId) {
        return em.createQuery("select p from PhoneNumberRow p where p.accountId = :account order by p.id",
                        PhoneNumberRow.class)
                .setParameter("account", accountId)
                .getResultStream().map(PhoneNumberRow::toPhoneNumber).toList();
    }

    @Override
    public List<PhoneNumber> assignedTo(String assistantId) {
        return em.createQuery("select p from PhoneNumberRow p where p.assistantId = :assistant order by p.id",
                        PhoneNumberRow.class)
                .setParameter("assistant", assistantId)
                .getResultStream().map(PhoneNumberRow::toPhoneNumber).toList();
    }

    @Override
    public long countCountingAgainstPlan(String accountId) {
        return em.createQuery("select count(p) from PhoneNumberRow p where p.accountId = :account and p.heldNumber is not null",
                        Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
    }

    @Override
    public List<PhoneNumber> page(String accountId, NumberStatus status, String assistantId, String afterId, int limit) {
        StringBuilder jpql = new StringBuilder("select p from PhoneNumberRow p where p.accountId = :account");
        if (status != null) {
            jpql.append(" and p.status = :status");
        }
        if (assistantId != null) {
            jpql.append(" and p.assistantId = :assistant");
        }
        if (afterId != null) {
            jpql.append(" and p.id > :after");
        }
        TypedQuery<PhoneNumberRow> query = em.createQuery(jpql.append(" order by p.id").toString(), PhoneNumberRow.class)
                .setParameter("account", accountId)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status.apiName());
        }
        if (assistantId != null) {
            query.setParameter("assistant", assistantId);
        }
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultStream().map(PhoneNumberRow::toPhoneNumber).toList();
    }

    /**
     * The country narrows the query to its calling code; countries sharing one (US and CA) are told apart by the
     * number itself, reading on until the page is full.
     */
    @Override
    public List<PhoneNumber> search(NumberStatus status, Country country, String provider, String beforeId, int limit) {
        List<PhoneNumber> found = new ArrayList<>();
        String before = beforeId;
        while (found.size() < limit) {
            List<PhoneNumber> batch = searchQuery(status, country, provider, before, limit).getResultStream()
                    .map(PhoneNumberRow::toPhoneNumber).toList();
            batch.stream()
                    .filter(number -> country == null || number.number().country().filter(country::equals).isPresent())
                    .limit(limit - found.size())
                    .forEach(found::add);
            if (batch.size() < limit) {
                break;
            }
            before = batch.get(batch.size() - 1).id();
        }
        return found;
    }

    private TypedQuery<PhoneNumberRow> searchQuery(NumberStatus status, Country country, String provider, String beforeId,
                                                   int limit) {
        StringBuilder jpql = new StringBuilder("select p from PhoneNumberRow p where p.id is not null");
        if (status != null) {
            jpql.append(" and p.status = :status");
        }
        if (country != null) {
            jpql.append(" and p.phoneNumber like :callingCode");
        }
        if (provider != null) {
            jpql.append(" and p.provider = :provider");
        }
        if (beforeId != null) {
            jpql.append(" and p.id < :before");
        }
        TypedQuery<PhoneNumberRow> query = em.createQuery(jpql.append(" order by p.id desc").toString(), PhoneNumberRow.class)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status.apiName());
        }
        if (country != null) {
            query.setParameter("callingCode", "+" + country.callingCode() + "%");
        }
        if (provider != null) {
            query.setParameter("provider", provider);
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query;
    }

    @Override
    public List<PhoneNumber> expiredTrials(Instant now, int max) {
        return em.createQuery("select p from PhoneNumberRow p where p.trial = true and p.expiresAt <= :now "
                        + "and p.status in ('active', 'suspended', 'error') order by p.expiresAt", PhoneNumberRow.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultStream().map(PhoneNumberRow::toPhoneNumber).toList();
    }

    @Override
    public List<PhoneNumber> trialsExpiringBefore(Instant until, String afterId, int max) {
        return em.createQuery("select p from PhoneNumberRow p where p.trial = true and p.expiresAt < :until "
                        + "and p.status <> 'released' and p.id > :after order by p.id", PhoneNumberRow.class)
                .setParameter("until", until)
                .setParameter("after", afterId == null ? "" : afterId)
                .setMaxResults(max)
                .getResultStream().map(PhoneNumberRow::toPhoneNumber).toList();
    }

    @Override
    public Optional<PhoneNumber> holding(E164Number number) {
        return em.createQuery("select p from PhoneNumberRow p where p.heldNumber = :number", PhoneNumberRow.class)
                .setParameter("number", number.value())
                .getResultStream().findFirst().map(PhoneNumberRow::toPhoneNumber);
    }

    @Override
    public Set<E164Number> held(Collection<E164Number> numbers) {
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select p.heldNumber from PhoneNumberRow p where p.heldNumber in :numbers", String.class)
                .setParameter("numbers", numbers.stream().map(E164Number::value).toList())
                .getResultStream().map(E164Number::of).collect(Collectors.toSet());
    }

    /** Tells the one constraint a new holding may break, another row holding the number, from any other failure. */
    @Override
    public void add(PhoneNumber number) {
        try {
            em.persist(new PhoneNumberRow(number));
            em.flush();
        } catch (PersistenceException failure) {
            if (heldNumberTaken(failure)) {
                throw new NumberTaken(number.number());
            }
            throw failure;
        }
    }

    private static boolean heldNumberTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("uq_phone_numbers_held")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void update(PhoneNumber number) {
        PhoneNumberRow row = em.find(PhoneNumberRow.class, number.id());
        Versions.requireSame(number.id(), row.version(), number.version());
        row.copy(number);
        em.flush();
    }
}
