package ai.talkturo.numbers.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One partner's HTTP client, used by one thread: JSON in and out with its bearer key. */
final class Partner {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** An HTTP answer and how long it took. */
    record Answer(int status, String body, boolean replayed, long nanos) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The problem's {@code code}, or the status alone when the body is not a problem. */
        String outcome() {
            try {
                JsonValue code = json().get("code");
                return status + (code instanceof jakarta.json.JsonString text ? " " + text.getString() : "");
            } catch (RuntimeException notJson) {
                return Integer.toString(status);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private final String key;

    Partner(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    String key() {
        return key;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Answer post(String path, JsonObject body) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Answer post(String path, JsonObject body, String idempotencyKey) throws IOException, InterruptedException {
        return send(request(path).header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Like {@link #post(String, JsonObject)}, but any answer other than {@code expected} is an error. */
    JsonObject postExpecting(int expected, String path, JsonObject body) throws IOException, InterruptedException {
        Answer answer = post(path, body);
        if (answer.status() != expected) {
            throw new IllegalStateException("POST /" + path + " answered " + answer);
        }
        return answer.json();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - started;
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Idempotent-Replayed").isPresent(), nanos);
    }
}
