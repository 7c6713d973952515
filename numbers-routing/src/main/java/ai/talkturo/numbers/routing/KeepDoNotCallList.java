package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.campaign.DoNotCallList;
import ai.talkturo.numbers.domain.number.E164Number;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * An account's do-not-call list: numbers it never calls. A campaign skips a contact on it (as {@code skipped},
 * reason {@code do_not_call}) and a call to one is refused.
 */
@ApplicationScoped
public class KeepDoNotCallList {

    @Inject
    DoNotCallList list;
    @Inject
    Clock clock;

    /** Puts the numbers on the list and answers them as they stand there (a number already on it keeps its date). */
    public List<DoNotCallList.Entry> add(String accountId, List<E164Number> numbers) {
        return list.add(accountId, numbers, clock.instant());
    }

    /** @throws NotFound when the number is not on the account's list */
    public void remove(String accountId, E164Number number) {
        if (!list.remove(accountId, number)) {
            throw new NotFound("number on the do-not-call list", number.value());
        }
    }

    /** {@code limit} numbers of the list after {@code after} (null: from the start), in the order of the numbers. */
    public List<DoNotCallList.Entry> list(String accountId, String after, int limit) {
        return list.list(accountId, after, limit);
    }
}
