package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.number.NumberStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Every number's route, in memory: an inbound call is answered from here without touching the database. Loaded
 * once at start, then kept current by {@link FollowRouteChanges} from the numbers' change log. A route only ever
 * replaces one it {@linkplain Route#supersedes supersedes}, so changes may be offered late, twice, or while the
 * table loads.
 *
 * <p>Routes are held {@linkplain PackedRoute packed}, keyed by the number's digits; each assistant's numbers are
 * kept beside them for outbound calls, and both change together, under the lock of the number's entry.
 */
@ApplicationScoped
public class RoutingTable {

    private static final Logger LOG = Logger.getLogger(RoutingTable.class.getName());

    private final Map<Long, PackedRoute> byNumber = new ConcurrentHashMap<>();
    private final Map<String, AssistantNumbers> numbersByAssistant = new ConcurrentHashMap<>();
    /**
     * One copy of each account's and assistant's id for all their routes: routes arrive from the database with a
     * string of their own for every id, and ten numbers of one assistant would keep ten copies.
     */
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    /** Loads every route from {@code source}; answers how many routes the table holds afterwards. */
    public int load(RouteSource source) {
        long started = System.nanoTime();
        source.forEachRoute(this::offer);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Routing table loaded: " + byNumber.size() + " routes in " + millis + " ms");
        return byNumber.size();
    }

    /**
     * Takes {@code route} unless the table already knows a later state of the number. A number that is not E.164
     * cannot be called, and is not taken.
     */
    public void offer(Route offered) {
        long key = PackedRoute.numberKey(offered.phoneNumber());
        if (key < 0) {
            LOG.warning(() -> "Not routed, not an E.164 number: " + offered.phoneNumber() + " (" + offered.phoneNumberId() + ")");
            return;
        }
        PackedRoute route = PackedRoute.of(offered, shared(offered.accountId()), shared(offered.assistantId()));
        byNumber.compute(key, (number, current) -> {
            if (current != null && !route.supersedes(current)) {
                return current;
            }
            String before = current == null ? null : current.assistantId;
            if (!Objects.equals(before, route.assistantId)) {
                if (before != null) {
                    numbersByAssistant.computeIfPresent(before, (assistant, numbers) -> numbers.without(number));
                }
                if (route.assistantId != null) {
                    numbersByAssistant.compute(route.assistantId, (assistant, numbers) ->
                            (numbers == null ? new AssistantNumbers() : numbers).with(number));
                }
            }
            return route;
        });
    }

    private String shared(String id) {
        return id == null ? null : ids.computeIfAbsent(id, first -> first);
    }

    public Optional<Route> route(String phoneNumber) {
        long key = PackedRoute.numberKey(phoneNumber);
        PackedRoute route = key < 0 ? null : byNumber.get(key);
        return route == null ? Optional.empty() : Optional.of(route.route(phoneNumber));
    }

    /** The assistant's active numbers, the oldest first (ids grow with time). */
    public List<Route> activeNumbersOf(String assistantId) {
        long[][] keys = new long[1][];
        numbersByAssistant.computeIfPresent(assistantId, (assistant, numbers) -> {
            keys[0] = numbers.keys();
            return numbers;
        });
        if (keys[0] == null) {
            return List.of();
        }
        return Arrays.stream(keys[0])
                .mapToObj(key -> {
                    PackedRoute route = byNumber.get(key);
                    return route != null && route.status == NumberStatus.ACTIVE && assistantId.equals(route.assistantId)
                            ? route.route(PackedRoute.phoneNumber(key)) : null;
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Route::phoneNumberId))
                .toList();
    }

    public int size() {
        return byNumber.size();
    }
}
