package ai.talkturo.numbers.benchmark;

import ai.talkturo.numbers.routing.Route;
import ai.talkturo.numbers.routing.RoutingTable;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * The routing table's cost in this JVM, measured from the outside: heap in use after full collections before the
 * routes are made (the way the server makes them from rows, each with strings of its own), with them, and with only
 * the table built from them, once the routes as offered are gone (the table may keep its own, leaner copies); and
 * how long offering every route to an empty table takes, cold and then warm.
 */
final class RoutingTableHeap {

    private static final int WARM_LOADS = 5;
    private static final int MAX_GCS = 12;

    /**
     * @param routeBytes       heap of the routes as offered: the records and their strings
     * @param tableBytes       heap the table holds once the offered routes are gone: its routes, both maps, their
     *                         nodes and the per-assistant sets
     * @param coldLoadNanos    the first load, partly interpreted
     * @param warmLoadNanos    the median of {@value #WARM_LOADS} later loads into fresh tables
     */
    record Figures(int routes, int tableSize, long routeBytes, long tableBytes, long coldLoadNanos, long warmLoadNanos) {

        long totalBytes() {
            return tableBytes;
        }

        double perNumber(long bytes) {
            return (double) bytes / routes;
        }
    }

    private RoutingTableHeap() {
    }

    static Figures measure(RoutedNumbers numbers) {
        int n = numbers.size();
        long nothing = usedAfterGc();
        Route[] routes = new Route[n];
        long withArray = usedAfterGc();
        for (int i = 0; i < n; i++) {
            routes[i] = numbers.route(i);
        }
        long withRoutes = usedAfterGc();

        RoutingTable table = new RoutingTable();
        long started = System.nanoTime();
        for (Route route : routes) {
            table.offer(route);
        }
        long cold = System.nanoTime() - started;
        int size = table.size();
        Arrays.fill(routes, null);
        long tableOnly = usedAfterGc() - (withArray - nothing);
        Reference.reachabilityFence(table);
        for (int i = 0; i < n; i++) {
            routes[i] = numbers.route(i);
        }

        long[] warm = new long[WARM_LOADS];
        for (int run = 0; run < WARM_LOADS; run++) {
            table = null;
            RoutingTable fresh = new RoutingTable();
            started = System.nanoTime();
            for (Route route : routes) {
                fresh.offer(route);
            }
            warm[run] = System.nanoTime() - started;
            table = fresh;
            if (table.size() != n) {
                throw new IllegalStateException("table holds " + table.size() + " routes, not " + n);
            }
        }
        Reference.reachabilityFence(table);
        Arrays.sort(warm);
        return new Figures(n, size, withRoutes - withArray, tableOnly - nothing, cold, warm[WARM_LOADS / 2]);
    }

    /** Heap in use once full collections stop freeing anything. */
    static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        long used = Long.MAX_VALUE;
        for (int gc = 0; gc < MAX_GCS; gc++) {
            System.gc();
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = memory.getHeapMemoryUsage().getUsed();
            if (gc >= 2 && Math.abs(previous - used) < 64 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }
}
