package ai.talkturo.numbers.domain.number;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The phone numbers the product keeps, of every account. */
public interface PhoneNumbers {

    Optional<PhoneNumber> byId(String id);

    /** The number with this id if it belongs to this account; empty otherwise, so ids of other accounts cannot be probed. */
    Optional<PhoneNumber> inAccount(String accountId, String id);

    /**
     * As {@link #inAccount}, and the number stays locked until the caller's transaction ends: changes of one number
     * take turns instead of failing each other.
     */
    Optional<PhoneNumber> lockedInAccount(String accountId, String id);

    /** As {@link #byId}, locked as {@link #lockedInAccount} locks. */
    Optional<PhoneNumber> lockedById(String id);

    List<PhoneNumber> ofAccount(String accountId);

    List<PhoneNumber> assignedTo(String assistantId);

    /** How many of the account's numbers use up its plan: those purchasing, active or suspended. */
    long countCountingAgainstPlan(String accountId);

    /**
     * One page of the account's numbers in id order, after {@code afterId} (null for the first page), optionally
     * only those in {@code status} or assigned to {@code assistantId} (null for any).
     */
    List<PhoneNumber> page(String accountId, NumberStatus status, String assistantId, String afterId, int limit);

    /**
     * One page of the numbers of every account, newest first, older than {@code beforeId} (null for the first page),
     * optionally only those in {@code status}, of {@code country} or bought from {@code provider} (null for any).
     */
    List<PhoneNumber> search(NumberStatus status, Country country, String provider, String beforeId, int limit);

    /** Trial numbers whose expiry has passed and that are not released yet, soonest expired first. */
    List<PhoneNumber> expiredTrials(Instant now, int max);

    /**
     * Trial numbers not released yet whose expiry comes before {@code until}, in id order after {@code afterId}
     * (null for the first page).
     */
    List<PhoneNumber> trialsExpiringBefore(Instant until, String afterId, int max);

    /** The holding of {@code number} now (purchasing, active or suspended), of whichever account. */
    Optional<PhoneNumber> holding(E164Number number);

    /** Which of {@code numbers} some account holds now (purchasing, active or suspended). */
    Set<E164Number> held(Collection<E164Number> numbers);

    /** @throws NumberTaken when another row holds the same E.164 number */
    void add(PhoneNumber phoneNumber);

    void update(PhoneNumber phoneNumber);
}
