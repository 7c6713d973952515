package ai.talkturo.numbers.domain.campaign;

import ai.talkturo.numbers.domain.number.E164Number;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The numbers an account never calls, neither from a campaign nor one by one. A number is on it once however often it
 * is added; it comes off only when the account takes it off.
 */
public interface DoNotCallList {

    /** One number on an account's list, and since when. */
    record Entry(E164Number phoneNumber, Instant addedAt) {
    }

    /**
     * Puts the numbers on the account's list; those already on it stay as they were. Answers each number as it stands
     * on the list now, once, in the order given.
     */
    List<Entry> add(String accountId, Collection<E164Number> numbers, Instant at);

    /** Takes the number off the account's list; false if it was not on it. */
    boolean remove(String accountId, E164Number number);

    /** The number as it stands on the account's list; empty when it is not on it. */
    Optional<Entry> find(String accountId, E164Number number);

    default boolean contains(String accountId, E164Number number) {
        return find(accountId, number).isPresent();
    }

    /** The account's list in the order of the numbers, {@code limit} of them after {@code after} (null: from the start). */
    List<Entry> list(String accountId, String after, int limit);
}
