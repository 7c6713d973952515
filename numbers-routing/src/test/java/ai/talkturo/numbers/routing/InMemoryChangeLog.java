package ai.talkturo.numbers.routing;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The numbers' change log in memory, with its database's habits: {@link #take()} hands out the next sequence as an
 * insert would, {@link #commit} makes an entry visible, in whatever order the transactions commit.
 */
final class InMemoryChangeLog implements RouteChanges {

    private final TreeMap<Long, Route> committed = new TreeMap<>();
    private long taken;
    RuntimeException failure;

    long take() {
        return ++taken;
    }

    void commit(long sequence, Route route) {
        committed.put(sequence, route);
    }

    long append(Route route) {
        long sequence = take();
        commit(sequence, route);
        return sequence;
    }

    void forgetUpTo(long sequence) {
        committed.headMap(sequence, true).clear();
    }

    @Override
    public long head() {
        failIfAsked();
        return committed.isEmpty() ? 0 : committed.lastKey();
    }

    @Override
    public Set<Long> present(long after, long upTo) {
        failIfAsked();
        return Set.copyOf(committed.subMap(after, false, upTo, true).keySet());
    }

    @Override
    public List<RouteChange> read(long after, Collection<Long> missing, int max) {
        failIfAsked();
        return committed.entrySet().stream()
                .filter(entry -> entry.getKey() > after || missing.contains(entry.getKey()))
                .limit(max)
                .map(entry -> new RouteChange(entry.getKey(), entry.getValue()))
                .collect(Collectors.toList());
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }
}
