package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.number.NumberChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this instance's routing table equal to the database, whichever instance made a change: the table is loaded
 * once, then every entry of the numbers' change log is offered to it in sequence order, from where this instance
 * stopped reading. Reading runs on a thread of its own ({@link #followUntilStopped}), every beat and whenever it is
 * woken ({@link #wake()}), and whenever a caller must be sure of the table ({@link #catchUp()}); it never runs on
 * the inbound-call path. A change committed here is in the table when its transaction returns: the committing
 * thread wakes the reader and waits, a moment at most, for a read that began after the commit (a purchase just
 * begun only wakes it).
 *
 * <p>Entries may commit out of sequence, so a sequence skipped by a read is looked for again for
 * {@code numbers.routing.gap-timeout}; entries read twice or late change nothing, since a route only replaces one it
 * supersedes. The log keeps entries for {@code numbers.routing.change-log-retention}; an instance that could not read
 * it for half that long may have missed entries already forgotten, so it loads the table again, every number's
 * latest route included.
 */
@ApplicationScoped
public class FollowRouteChanges {

    private static final Logger LOG = Logger.getLogger(FollowRouteChanges.class.getName());
    static final int BATCH = 1_000;

    @Inject
    RoutingTable table;
    @Inject
    RouteChanges changes;
    @Inject
    RouteSource routes;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.routing.gap-timeout")
    Duration gapTimeout;
    @Inject
    @ConfigProperty(name = "numbers.routing.change-log-retention")
    Duration retention;

    /** How long a committing thread waits for its change to be read; the reader goes on either way. */
    static final Duration LONGEST_WAIT_FOR_OWN_CHANGE = Duration.ofSeconds(2);

    private ChangeCursor cursor;
    /** The cursor's highest sequence after the last read, for health to see without waiting for a read. */
    private volatile long position;
    private volatile Instant caughtUpAt;
    private volatile boolean failing;
    private final Semaphore woken = new Semaphore(0);
    private final Object reads = new Object();
    /** Reads begun and reads finished, each numbered by the order they began in. */
    private long readsBegun;
    private long lastReadFinished;

    /** Loads the table and notes where in the log the load stands; answers how many routes the table holds. */
    public synchronized int start() {
        Instant now = clock.instant();
        cursor = cursorAtHead(now);
        int loaded = table.load(routes);
        position = cursor.highest();
        caughtUpAt = now;
        return loaded;
    }

    /** Reads the log every {@code beat}, or sooner when woken, until the thread is interrupted. */
    public void followUntilStopped(Duration beat) {
        long every = Math.max(1, beat.toMillis());
        while (!Thread.currentThread().isInterrupted()) {
            follow();
            try {
                if (woken.tryAcquire(every, TimeUnit.MILLISECONDS)) {
                    woken.drainPermits();
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Has the reading thread read the log now rather than at its next beat. */
    public void wake() {
        woken.release();
    }

    /**
     * A change committed here: its transaction returns once a read that began after the commit has finished. A
     * purchase that has just begun only wakes the reader: the number takes no calls before or after it, so the
     * purchase's answer need not wait for the table.
     */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) NumberChanged change) {
        if (cursor == null) {
            return;
        }
        if (change.change() == NumberChanged.Change.PURCHASE_STARTED) {
            wake();
            return;
        }
        long begunBefore;
        synchronized (reads) {
            begunBefore = readsBegun;
        }
        wake();
        long deadline = System.nanoTime() + LONGEST_WAIT_FOR_OWN_CHANGE.toNanos();
        synchronized (reads) {
            while (lastReadFinished <= begunBefore) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return;
                }
                try {
                    reads.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * One beat: reads what was committed since the last read. A failure (the database is away) is told
     * once, and the next beat tries again from the same place.
     */
    public void follow() {
        try {
            catchUp();
            if (failing) {
                failing = false;
                LOG.info("The routing table follows the database again");
            }
        } catch (RuntimeException trouble) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "The routing table cannot read the numbers' changes; it keeps trying", trouble);
            }
        }
    }

    /** Offers the table every entry committed by now that it has not had; answers how many entries it read. */
    public synchronized int catchUp() {
        if (cursor == null) {
            throw new IllegalStateException("the routing table has not been loaded");
        }
        long number;
        synchronized (reads) {
            number = ++readsBegun;
        }
        Instant started = clock.instant();
        if (caughtUpAt.isBefore(started.minus(retention.dividedBy(2)))) {
            reload(started);
            finished(number);
            return 0;
        }
        int read = 0;
        List<RouteChange> batch;
        do {
            batch = changes.read(cursor.highest(), cursor.missing(), BATCH);
            for (RouteChange change : batch) {
                table.offer(change.route());
                cursor.saw(change.sequence(), started);
            }
            read += batch.size();
        } while (batch.size() == BATCH);
        int givenUp = cursor.giveUpMissedBefore(started.minus(gapTimeout));
        if (givenUp > 0) {
            LOG.fine(() -> givenUp + " sequence(s) of the numbers' changes never committed");
        }
        caughtUpAt = started;
        position = cursor.highest();
        finished(number);
        return read;
    }

    private void finished(long read) {
        synchronized (reads) {
            lastReadFinished = Math.max(lastReadFinished, read);
            reads.notifyAll();
        }
    }

    /**
     * How far the table may lag behind the database: the time since the start of the last read that reached the
     * end of the log. Zero to a beat while all is well; it grows while the database cannot be read.
     */
    public Duration lag() {
        Instant at = caughtUpAt;
        return at == null ? Duration.ZERO : Duration.between(at, clock.instant()).abs();
    }

    /** Whether the table has been loaded: before, this instance knows no route, whatever its lag says. */
    public boolean loaded() {
        return caughtUpAt != null;
    }

    /** The highest sequence of the log this instance has read. */
    public long position() {
        return position;
    }

    private ChangeCursor cursorAtHead(Instant now) {
        long head = changes.head();
        long from = Math.max(0, head - ChangeCursor.MOST_MISSING);
        Set<Long> present = changes.present(from, head);
        List<Long> missing = new ArrayList<>();
        for (long sequence = from + 1; sequence < head; sequence++) {
            if (!present.contains(sequence)) {
                missing.add(sequence);
            }
        }
        return new ChangeCursor(head, missing, now);
    }

    private void reload(Instant now) {
        LOG.warning(() -> "The routing table could not follow the numbers' changes since " + caughtUpAt
                + "; loading it again, as changes this old may be forgotten");
        cursor = cursorAtHead(now);
        routes.forEachLatestRoute(table::offer);
        position = cursor.highest();
        caughtUpAt = now;
    }
}
