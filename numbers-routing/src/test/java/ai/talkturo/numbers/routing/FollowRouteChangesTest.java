package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FollowRouteChangesTest {

    private static final String NUMBER = "+14155550101";

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final InMemoryChangeLog log = new InMemoryChangeLog();
    private final List<Route> held = new ArrayList<>();
    private final RoutingTable table = new RoutingTable();
    private final FollowRouteChanges follower = new FollowRouteChanges();

    @BeforeEach
    void wire() {
        follower.table = table;
        follower.changes = log;
        follower.routes = new FixedRoutes(held);
        follower.clock = clock;
        follower.gapTimeout = Duration.ofMinutes(2);
        follower.retention = Duration.ofHours(24);
    }

    private static Route route(String id, String assistant, NumberStatus status, long version) {
        return new Route(NUMBER, id, "acc_1", assistant, status, version);
    }

    private static NumberChanged committed(NumberChanged.Change change, NumberStatus status) {
        return new NumberChanged("pn_1", "acc_1", NUMBER, change, null, status, null, "as_1",
                Instant.parse("2026-12-02T10:00:00Z"), 1);
    }

    private String assistantNow() {
        return table.route(NUMBER).map(Route::assistantId).orElse(null);
    }

    @Test
    void startsFromTheNumbersAsStoredAndFollowsWhatIsCommittedLater() {
        held.add(route("pn_1", "as_1", NumberStatus.ACTIVE, 2));
        log.append(route("pn_1", "as_1", NumberStatus.ACTIVE, 2));
        follower.start();

        log.append(route("pn_1", "as_2", NumberStatus.ACTIVE, 3));
        int read = follower.catchUp();

        assertThat(read).isEqualTo(1);
        assertThat(assistantNow()).isEqualTo("as_2");
        assertThat(follower.position()).isEqualTo(2);
    }

    @Test
    void anEntryCommittedAfterAHigherOneIsStillRead() {
        follower.start();
        long slow = log.take();
        log.append(route("pn_1", "as_1", NumberStatus.ACTIVE, 1));
        follower.catchUp();

        log.commit(slow, route("pn_2", "as_9", NumberStatus.ACTIVE, 1));
        follower.catchUp();

        assertThat(assistantNow()).isEqualTo("as_9");
    }

    @Test
    void aTransactionOpenWhileTheTableLoadedIsReadWhenItCommits() {
        log.append(route("pn_1", "as_1", NumberStatus.ACTIVE, 1));
        long open = log.take();
        log.append(route("pn_1", "as_1", NumberStatus.SUSPENDED, 2));
        follower.start();

        log.commit(open, route("pn_2", "as_2", NumberStatus.ACTIVE, 1));
        follower.catchUp();

        assertThat(assistantNow()).isEqualTo("as_2");
    }

    @Test
    void entriesReadLateOrTwiceChangeNothing() {
        follower.start();
        log.append(route("pn_1", "as_1", NumberStatus.ACTIVE, 5));
        follower.catchUp();

        log.append(route("pn_1", "as_0", NumberStatus.ACTIVE, 4));
        follower.catchUp();
        follower.catchUp();

        assertThat(assistantNow()).isEqualTo("as_1");
    }

    @Test
    void readsEverythingCommittedInOneCatchUpWhateverItsLength() {
        follower.start();
        for (int version = 1; version <= FollowRouteChanges.BATCH * 2 + 5; version++) {
            log.append(route("pn_1", "as_" + version, NumberStatus.ACTIVE, version));
        }

        int read = follower.catchUp();

        assertThat(read).isEqualTo(FollowRouteChanges.BATCH * 2 + 5);
        assertThat(assistantNow()).isEqualTo("as_" + (FollowRouteChanges.BATCH * 2 + 5));
    }

    @Test
    void aSequenceThatNeverCommitsIsGivenUpAfterTheGapTimeout() {
        follower.start();
        log.take();
        log.append(route("pn_1", "as_1", NumberStatus.ACTIVE, 1));
        follower.catchUp();

        clock.advance(Duration.ofMinutes(3));
        follower.catchUp();
        follower.catchUp();

        log.commit(1, route("pn_2", "as_late", NumberStatus.ACTIVE, 1));
        follower.catchUp();
        assertThat(assistantNow()).as("no longer looked for").isEqualTo("as_1");
    }

    @Test
    void anInstanceThatCouldNotReadForHalfTheRetentionLoadsEveryRouteAgain() {
        held.add(route("pn_1", "as_1", NumberStatus.ACTIVE, 1));
        follower.start();
        log.failure = new IllegalStateException("database away");
        clock.advance(Duration.ofHours(13));
        follower.follow();
        log.failure = null;
        log.append(route("pn_1", "as_1", NumberStatus.RELEASED, 2));
        log.append(route("pn_1", "as_1", NumberStatus.RELEASED, 2));
        log.forgetUpTo(1);
        held.set(0, route("pn_1", null, NumberStatus.RELEASED, 2));

        follower.follow();

        assertThat(table.route(NUMBER)).get().extracting(Route::status).isEqualTo(NumberStatus.RELEASED);
        assertThat(follower.position()).isEqualTo(2);
        assertThat(follower.lag()).isZero();
    }

    @Test
    void theLagGrowsWhileTheLogCannotBeReadAndIsGoneOnceItIsReadAgain() {
        follower.start();
        log.failure = new IllegalStateException("database away");

        clock.advance(Duration.ofSeconds(5));
        follower.follow();
        assertThat(follower.lag()).isEqualTo(Duration.ofSeconds(5));

        log.failure = null;
        log.append(route("pn_1", "as_1", NumberStatus.ACTIVE, 1));
        follower.follow();
        assertThat(follower.lag()).isZero();
        assertThat(assistantNow()).isEqualTo("as_1");
    }

    @Test
    void aChangeCommittedHereIsInTheTableWhenItsTransactionReturns() throws InterruptedException {
        follower.start();
        Thread reader = new Thread(() -> follower.followUntilStopped(Duration.ofMinutes(1)));
        reader.start();
        try {
            log.append(route("pn_1", "as_1", NumberStatus.ACTIVE, 1));

            follower.onCommitted(committed(NumberChanged.Change.ACTIVATED, NumberStatus.ACTIVE));

            assertThat(assistantNow()).as("read before the committing thread goes on, not a beat later").isEqualTo("as_1");
        } finally {
            reader.interrupt();
            reader.join();
        }
    }

    @Test
    void aPurchaseJustBegunWakesTheReaderWithoutWaitingForIt() throws InterruptedException {
        follower.start();
        log.append(route("pn_1", null, NumberStatus.PURCHASING, 1));

        follower.onCommitted(committed(NumberChanged.Change.PURCHASE_STARTED, NumberStatus.PURCHASING));

        assertThat(table.route(NUMBER)).as("returned without a read: no reader runs yet").isEmpty();
        Thread reader = new Thread(() -> follower.followUntilStopped(Duration.ofHours(1)));
        reader.start();
        try {
            awaitRead(1);
            log.append(route("pn_1", null, NumberStatus.PURCHASING, 2));

            follower.onCommitted(committed(NumberChanged.Change.PURCHASE_STARTED, NumberStatus.PURCHASING));

            awaitRead(2);
            assertThat(table.route(NUMBER)).get().extracting(Route::version).as("woken, not an hour later").isEqualTo(2L);
        } finally {
            reader.interrupt();
            reader.join();
        }
    }

    private void awaitRead(long sequence) throws InterruptedException {
        for (int tries = 0; tries < 1_000 && follower.position() < sequence; tries++) {
            Thread.sleep(10);
        }
        assertThat(follower.position()).isGreaterThanOrEqualTo(sequence);
    }

    @Test
    void isLoadedOnceTheTableIsAndNotBefore() {
        assertThat(follower.loaded()).isFalse();

        follower.start();

        assertThat(follower.loaded()).isTrue();
    }

    @Test
    void cannotCatchUpBeforeTheTableIsLoaded() {
        assertThatThrownBy(follower::catchUp).isInstanceOf(IllegalStateException.class);
    }
}
