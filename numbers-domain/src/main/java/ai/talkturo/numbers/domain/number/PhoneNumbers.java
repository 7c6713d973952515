package ai.talkturo.numbers.domain.number;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The phone numbers the product keeps, of every account. */
public interface PhoneNumbers {

    Optional<PhoneNumber> byId(String id);

    /** The number with this id if it belongs to this account; empty otherwise, so ids of other accounts cannot be probed. */
    Optional<PhoneNumber> inAccount(String accountId, String id);

    List<PhoneNumber> ofAccount(String accountId);

    List<PhoneNumber> assignedTo(String assistantId);

    /** How many of the account's numbers use up its plan: those purchasing, active or suspended. */
    long countCountingAgainstPlan(String accountId);

    /**
     * One page of the account's numbers in id order, after {@code afterId} (null for the first page), optionally
     * only those in {@code status} or assigned to {@code assistantId} (null for any).
     */
    List<PhoneNumber> page(String accountId, NumberStatus status, String assistantId, String afterId, int limit);

    /** Trial numbers whose expiry has passed and that are not released yet, soonest expired first. */
    List<PhoneNumber> expiredTrials(Instant now, int max);

    void add(PhoneNumber phoneNumber);

    void update(PhoneNumber phoneNumber);
}
