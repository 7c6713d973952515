package ai.talkturo.numbers.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Partners buying a list of numbers side by side, one thread each, every number once: each thread takes the next
 * number of the list and buys it with an {@code Idempotency-Key} of its own. A purchase that gets no answer is sent
 * again with the same key; while the server is down for an announced {@link Outage} the thread waits for it to
 * come back first. A {@code 409 request_in_progress}, a {@code 429} or a {@code 5xx} is sent again a little later,
 * with the same key: the API keeps no 5xx answer, so the retry runs again or replays the first answer.
 */
final class Buyers {

    private static final int MAX_CONNECTION_ERRORS = 5;
    private static final int MAX_RETRIES = 10;
    private static final Duration PAUSE = Duration.ofSeconds(2);
    private static final int SAMPLE_LENGTH = 400;
    private static final Duration OUTAGE_WAIT = Duration.ofMinutes(6);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);

    /** The server down on purpose: announced before it is killed, over once it answers again. */
    static final class Outage {

        private volatile boolean announced;
        private final CountDownLatch over = new CountDownLatch(1);

        void announce() {
            announced = true;
        }

        void end() {
            over.countDown();
        }

        boolean announced() {
            return announced;
        }

        boolean isOver() {
            return over.getCount() == 0;
        }

        boolean awaitEnd(Duration within) throws InterruptedException {
            return over.await(within.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** What the buyers got. */
    record Result(int numbers, int accepted, int replayed, int acceptedAfterOutage, Map<String, String> acceptedIds,
                  Map<String, Integer> otherAnswers, Map<String, String> samples, Map<String, String> refused,
                  Set<String> unanswered,
                  int connectionErrors, long[] latenciesNanos, long wallNanos, long startNanos) {

        double perSecond() {
            return accepted / (wallNanos / 1e9);
        }

        double latencyMillis(double percentile) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }

        int nonAccepted() {
            return otherAnswers.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final List<String> numbers;
    private final List<Partner> partners;
    private final String keyPrefix;
    private final Outage outage;
    private final int signalAfter;
    private final CountDownLatch signal = new CountDownLatch(1);
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();
    private final AtomicInteger acceptedAfterOutage = new AtomicInteger();
    private final AtomicInteger connectionErrors = new AtomicInteger();
    private final AtomicLong startNanos = new AtomicLong();
    private final Map<String, String> acceptedIds = new ConcurrentHashMap<>();
    private final Map<String, Integer> otherAnswers = new ConcurrentHashMap<>();
    private final Map<String, String> samples = new ConcurrentHashMap<>();
    private final Map<String, String> refused = new ConcurrentHashMap<>();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();

    /**
     * @param outage      the outage the buyers wait out, or null when there is none
     * @param signalAfter after how many accepted purchases {@link #awaitSignal} returns
     */
    Buyers(List<String> numbers, List<Partner> partners, String keyPrefix, Outage outage, int signalAfter) {
        this.numbers = List.copyOf(numbers);
        this.partners = List.copyOf(partners);
        this.keyPrefix = keyPrefix;
        this.outage = outage;
        this.signalAfter = signalAfter;
    }

    /** Waits until {@code signalAfter} purchases were accepted; false when that did not happen in time. */
    boolean awaitSignal(Duration within) throws InterruptedException {
        return signal.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    int accepted() {
        return accepted.get();
    }

    /** Buys every number and answers when all threads are done. */
    Result run() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(partners.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<long[]> latencies = new ArrayList<>();
        for (int client = 0; client < partners.size(); client++) {
            Partner partner = partners.get(client);
            LongList own = new LongList();
            latencies.add(null);
            int slot = client;
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    buyAll(partner, own);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                } finally {
                    synchronized (latencies) {
                        latencies.set(slot, own.toArray());
                    }
                }
            }, "buyer-" + client);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        ready.await(1, TimeUnit.MINUTES);
        long started = System.nanoTime();
        startNanos.set(started);
        go.countDown();
        long deadline = started + RUN_TIMEOUT.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        long wall = System.nanoTime() - started;
        for (Thread thread : threads) {
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(TimeUnit.SECONDS.toMillis(70));
            }
        }
        long[] all;
        synchronized (latencies) {
            all = latencies.stream().filter(java.util.Objects::nonNull).flatMapToLong(Arrays::stream).sorted().toArray();
        }
        return new Result(numbers.size(), accepted.get(), replayed.get(), acceptedAfterOutage.get(),
                Map.copyOf(acceptedIds), new TreeMap<>(otherAnswers), new TreeMap<>(samples), new TreeMap<>(refused), Set.copyOf(unanswered),
                connectionErrors.get(), all, wall, started);
    }

    private void buyAll(Partner partner, LongList latencies) throws InterruptedException {
        int index;
        while ((index = next.getAndIncrement()) < numbers.size() && !Thread.currentThread().isInterrupted()) {
            buy(partner, numbers.get(index), latencies);
        }
    }

    private void buy(Partner partner, String number, LongList latencies) throws InterruptedException {
        JsonObject body = Json.createObjectBuilder().add("phoneNumber", number).build();
        String key = keyPrefix + number;
        int connectionFailures = 0;
        int retries = 0;
        while (connectionFailures < MAX_CONNECTION_ERRORS && retries < MAX_RETRIES) {
            Partner.Answer answer;
            try {
                answer = partner.post("api/phone-numbers/purchase", body, key);
            } catch (IOException noAnswer) {
                connectionFailures++;
                connectionErrors.incrementAndGet();
                if (outage != null && outage.announced() && !outage.isOver()) {
                    outage.awaitEnd(OUTAGE_WAIT);
                } else {
                    Thread.sleep(PAUSE.toMillis());
                }
                continue;
            }
            latencies.add(answer.nanos());
            if (answer.status() == 202) {
                acceptedIds.put(number, answer.json().getJsonObject("phoneNumber").getString("id"));
                if (answer.replayed()) {
                    replayed.incrementAndGet();
                }
                if (outage != null && outage.isOver()) {
                    acceptedAfterOutage.incrementAndGet();
                }
                if (accepted.incrementAndGet() >= signalAfter) {
                    signal.countDown();
                }
                return;
            }
            String outcome = answer.outcome();
            otherAnswers.merge(outcome, 1, Integer::sum);
            samples.putIfAbsent(outcome, number + " -> " + abbreviated(answer.body()));
            if (outcome.equals("409 request_in_progress") || answer.status() == 429 || answer.status() >= 500) {
                retries++;
                Thread.sleep(PAUSE.toMillis());
                continue;
            }
            refused.put(number, outcome);
            return;
        }
        unanswered.add(number);
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() <= SAMPLE_LENGTH ? flat : flat.substring(0, SAMPLE_LENGTH) + "…";
    }

    /** A growable array of longs, for one thread's latencies. */
    private static final class LongList {

        private long[] values = new long[256];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
