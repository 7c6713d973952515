package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for the webhook endpoint of Numbers: keeps every POST it receives and answers {@code 204}. */
final class WebhookReceiver implements AutoCloseable {

    /**
     * A received webhook: its {@code telnyx-timestamp} and {@code telnyx-signature-ed25519} headers, its body, and
     * the query of the URL it came to (null for none).
     */
    record Received(String timestamp, String signature, String body, String query) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks/telnyx/events", this::receive);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/telnyx/events");
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestHeaders().getFirst("telnyx-timestamp"),
                exchange.getRequestHeaders().getFirst("telnyx-signature-ed25519"), body,
                exchange.getRequestURI().getRawQuery()));
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }
}
