package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CarrierPaceTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final List<Duration> pauses = new ArrayList<>();
    private final CarrierPace pace = new CarrierPace(5, new InMemoryCarrierSlots(), clock, pause -> {
        pauses.add(pause);
        clock.advance(pause);
    });

    @Test
    void spacesTheCallsOfOneCarrierByOneOverTheRate() {
        for (int i = 0; i < 4; i++) {
            pace.await("twilio");
        }

        assertThat(pauses).containsExactly(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(200));
    }

    @Test
    void reservesSlotsForCallsThatComeTogether() {
        List<Duration> waits = List.of(pace.reserve("twilio"), pace.reserve("twilio"), pace.reserve("twilio"));

        assertThat(waits).containsExactly(Duration.ZERO, Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void eachCarrierHasARateOfItsOwn() {
        assertThat(pace.reserve("twilio")).isZero();
        assertThat(pace.reserve("telnyx")).isZero();
        assertThat(pace.reserve("twilio")).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aCarrierIdleForAWhileTakesTheNextCallAtOnceWithoutABurst() {
        pace.reserve("sandbox");
        clock.advance(Duration.ofSeconds(10));

        assertThat(pace.reserve("sandbox")).isZero();
        assertThat(pace.reserve("sandbox")).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void neverLetsMoreThanTheRateThroughFromManyThreads() throws Exception {
        CarrierPace realPace = new CarrierPace(50, new InMemoryCarrierSlots(), Clock.systemUTC(), CarrierPace.Sleeper.THREAD);
        ConcurrentLinkedQueue<Long> passed = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 40; i++) {
            threads.execute(() -> {
                try {
                    start.await();
                    realPace.await("twilio");
                    passed.add(System.nanoTime());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        long began = System.nanoTime();
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        List<Long> times = passed.stream().sorted().toList();
        assertThat(times).hasSize(40);
        assertThat(Duration.ofNanos(times.get(39) - began)).as("40 calls at 50 a second")
                .isGreaterThanOrEqualTo(Duration.ofMillis(39 * 20));
    }

    @Test
    void twoInstancesSharingTheSlotsShareOneRate() {
        InMemoryCarrierSlots shared = new InMemoryCarrierSlots();
        CarrierPace first = new CarrierPace(5, shared, clock, CarrierPace.Sleeper.THREAD);
        CarrierPace second = new CarrierPace(5, shared, clock, CarrierPace.Sleeper.THREAD);

        assertThat(List.of(first.reserve("twilio"), second.reserve("twilio"), first.reserve("twilio")))
                .containsExactly(Duration.ZERO, Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatThrownBy(() -> new CarrierPace(0, new InMemoryCarrierSlots(), Clock.systemUTC(), CarrierPace.Sleeper.THREAD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numbers.calls.max-per-second");
    }
}
