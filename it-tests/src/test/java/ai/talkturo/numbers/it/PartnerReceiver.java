package ai.talkturo.numbers.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A partner's webhook in the test JVM: it records every POST it receives and answers the first ones as told
 * ({@link Reply#status} or {@link Reply#hang}), every later one with 200.
 */
final class PartnerReceiver implements AutoCloseable {

    /** How the receiver answers one request. */
    record Reply(int status, Duration delay) {

        static Reply status(int status) {
            return new Reply(status, Duration.ZERO);
        }

        /** Answers nothing for a minute: longer than any partner should be waited for. */
        static Reply hang() {
            return new Reply(200, Duration.ofMinutes(1));
        }
    }

    /** One POST as it arrived. */
    record Delivery(String contentType, String signature, String body, Instant receivedAt) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        String eventId() {
            return json().getString("id");
        }

        String type() {
            return json().getString("type");
        }

        JsonObject data() {
            return json().getJsonObject("data");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Reply> firstReplies;
    private final AtomicInteger received = new AtomicInteger();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    private PartnerReceiver(List<Reply> firstReplies) {
        this.firstReplies = List.copyOf(firstReplies);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/numbers", this::receive);
        server.setExecutor(threads);
        server.start();
    }

    static PartnerReceiver replying(Reply... firstReplies) {
        return new PartnerReceiver(List.of(firstReplies));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/numbers";
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    List<Delivery> deliveries(Predicate<Delivery> which) {
        return deliveries.stream().filter(which).toList();
    }

    /** Waits until at least {@code count} deliveries match; answers those that do. */
    List<Delivery> await(Predicate<Delivery> which, int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        List<Delivery> matching;
        do {
            matching = deliveries(which);
            if (matching.size() >= count) {
                return matching;
            }
            Api.pause(Duration.ofMillis(100));
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected " + count + " matching deliveries within " + within + ", got " + matching
                + " among " + deliveries);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Numbers-Signature"),
                    new String(body.readAllBytes(), StandardCharsets.UTF_8), Instant.now()));
            int index = received.getAndIncrement();
            Reply reply = index < firstReplies.size() ? firstReplies.get(index) : Reply.status(200);
            Thread.sleep(reply.delay().toMillis());
            exchange.sendResponseHeaders(reply.status(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
