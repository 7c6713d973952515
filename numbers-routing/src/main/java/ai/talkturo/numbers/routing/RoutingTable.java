package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.number.NumberStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Every number's route, in memory: an inbound call is answered from here without touching the database. Loaded
 * once at start, then kept current by {@link FollowRouteChanges} from the numbers' change log. A route only ever
 * replaces one it {@linkplain Route#supersedes supersedes}, so changes may be offered late, twice, or while the
 * table loads.
 */
@ApplicationScoped
public class RoutingTable {

    private static final Logger LOG = Logger.getLogger(RoutingTable.class.getName());

    private final Map<String, Route> byNumber = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> numbersByAssistant = new ConcurrentHashMap<>();
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

    /** Takes {@code route} unless the table already knows a later state of the number. */
    public void offer(Route offered) {
        Route route = new Route(offered.phoneNumber(), offered.phoneNumberId(), shared(offered.accountId()),
                shared(offered.assistantId()), offered.status(), offered.version(), offered.inbound());
        Route[] replaced = new Route[1];
        Route kept = byNumber.merge(route.phoneNumber(), route, (current, next) -> {
            if (!next.supersedes(current)) {
                return current;
            }
            replaced[0] = current;
            return next;
        });
        if (kept != route) {
            return;
        }
        if (replaced[0] != null && replaced[0].assistantId() != null && !replaced[0].assistantId().equals(route.assistantId())) {
            numbersByAssistant.computeIfPresent(replaced[0].assistantId(), (assistant, numbers) -> {
                numbers.remove(route.phoneNumber());
                return numbers.isEmpty() ? null : numbers;
            });
        }
        if (route.assistantId() != null) {
            numbersByAssistant.computeIfAbsent(route.assistantId(), assistant -> ConcurrentHashMap.newKeySet()).add(route.phoneNumber());
        }
    }

    private String shared(String id) {
        return id == null ? null : ids.computeIfAbsent(id, first -> first);
    }

    public Optional<Route> route(String phoneNumber) {
        return Optional.ofNullable(byNumber.get(phoneNumber));
    }

    /** The assistant's active numbers, the oldest first (ids grow with time). */
    public List<Route> activeNumbersOf(String assistantId) {
        return numbersByAssistant.getOrDefault(assistantId, Set.of()).stream()
                .map(byNumber::get)
                .filter(route -> route != null && route.status() == NumberStatus.ACTIVE && assistantId.equals(route.assistantId()))
                .sorted(Comparator.comparing(Route::phoneNumberId))
                .toList();
    }

    public int size() {
        return byNumber.size();
    }
}
