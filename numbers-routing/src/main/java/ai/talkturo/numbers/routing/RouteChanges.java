package ai.talkturo.numbers.routing;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The numbers' change log as routing reads it: every committed change of a route, under a sequence that grows with
 * each change written. A transaction that took a sequence may commit after one that took a higher one, and one that
 * rolled back leaves its sequence unused; {@link FollowRouteChanges} copes with both.
 */
public interface RouteChanges {

    /** The highest sequence among the committed entries; 0 when there are none. */
    long head();

    /** Which sequences above {@code after} and up to {@code upTo} are committed now. */
    Set<Long> present(long after, long upTo);

    /** The entries above {@code after}, and those of {@code missing}, in sequence order, at most {@code max}. */
    List<RouteChange> read(long after, Collection<Long> missing, int max);
}
