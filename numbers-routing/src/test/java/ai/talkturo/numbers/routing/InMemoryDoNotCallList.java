package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.campaign.DoNotCallList;
import ai.talkturo.numbers.domain.number.E164Number;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link DoNotCallList} in memory, for tests. */
final class InMemoryDoNotCallList implements DoNotCallList {

    private final Map<String, Entry> entries = new TreeMap<>();

    @Override
    public synchronized List<Entry> add(String accountId, Collection<E164Number> numbers, Instant at) {
        return numbers.stream().distinct()
                .map(number -> entries.computeIfAbsent(accountId + " " + number.value(), key -> new Entry(number, at)))
                .toList();
    }

    @Override
    public synchronized boolean remove(String accountId, E164Number number) {
        return entries.remove(accountId + " " + number.value()) != null;
    }

    @Override
    public synchronized Optional<Entry> find(String accountId, E164Number number) {
        return Optional.ofNullable(entries.get(accountId + " " + number.value()));
    }

    @Override
    public synchronized List<Entry> list(String accountId, String after, int limit) {
        return entries.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(accountId + " "))
                .map(Map.Entry::getValue)
                .filter(entry -> after == null || entry.phoneNumber().value().compareTo(after) > 0)
                .limit(limit)
                .toList();
    }
}
