package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.provisioning.adapter.carrier.Backoff;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierError;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How one Telnyx account is spoken to, API v2 over a JAX-RS client: a bearer API key, JSON both ways, a
 * {@code 429} (not processed) sent again after a {@link Backoff}, and Telnyx's errors read into a
 * {@link CarrierError}.
 */
final class TelnyxWire {

    static final String CARRIER = "Telnyx";

    /** Jersey's names for per-request timeouts; other JAX-RS clients ignore them and keep the client's own. */
    private static final String CONNECT_TIMEOUT = "jersey.config.client.connectTimeout";
    private static final String READ_TIMEOUT = "jersey.config.client.readTimeout";
    /**
     * Jersey's name for how a request body is sent. The JDK's HttpURLConnection silently sends a buffered POST
     * again when its connection drops before an answer; a streamed (chunked) body is never sent twice.
     */
    private static final String ENTITY_PROCESSING = "jersey.config.client.request.entity.processing";

    /** The JDK's HTTP client, shared, for PATCH; each request bounds its own time. */
    private static final HttpClient PATCHES = HttpClient.newHttpClient();

    private final Client client;
    private final URI baseUrl;
    private final String apiKey;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final Backoff backoff;

    TelnyxWire(Client client, URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
               Backoff backoff) {
        this.client = Objects.requireNonNull(client, "client");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    /** A POST that must not be sent twice, streamed; a lost answer is the caller's to settle. */
    Answer postOnce(String action, String path, String json) {
        return exchange(action, () -> request(target(path).property(ENTITY_PROCESSING, "CHUNKED"))
                .build("POST", Entity.entity(json, MediaType.APPLICATION_JSON_TYPE)));
    }

    static CarrierUnavailable unavailable(String action, Answer answer) {
        String why = answer.keyRefused()
                ? "Telnyx refused the API key"
                : "Telnyx answered " + answer.status();
        return new CarrierUnavailable(why + " to " + action + ": " + answer.error().summary());
    }

    /**
     * {@code PATCH}, which the JDK's {@code HttpURLConnection} under a JAX-RS client cannot send, through the JDK's
     * HTTP client, with the same key and answer, within both timeouts together; idempotent, so a dropped connection
     * means unavailable.
     */
    Answer patch(String action, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.toString().replaceFirst("/+$", "") + "/" + path))
                .timeout(Duration.ofMillis((long) connectTimeoutMillis + readTimeoutMillis))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build();
        return untilNotRateLimited(action, () -> {
            HttpResponse<String> response;
            try {
                response = PATCHES.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new CarrierUnavailable("Telnyx did not answer " + action + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CarrierUnavailable("Interrupted while waiting for Telnyx to answer " + action, e);
            }
            return new Answer(response.statusCode(), CarrierJson.parse(response.body()).orElse(JsonValue.EMPTY_JSON_OBJECT),
                    response.headers().firstValue("Retry-After").orElse(null));
        });
    }

    /** Sends an idempotent request: a dropped connection or a timeout means Telnyx is unavailable. */
    Answer read(String action, Supplier<Invocation> invocation) {
        try {
            return exchange(action, invocation);
        } catch (ProcessingException e) {
            throw new CarrierUnavailable("Telnyx did not answer " + action + ": " + e.getMessage(), e);
        }
    }

    /** Sends the request, and again after a backoff while Telnyx answers {@code 429}. */
    Answer exchange(String action, Supplier<Invocation> invocation) {
        return untilNotRateLimited(action, () -> {
            try (Response response = invocation.get().invoke()) {
                String text = response.hasEntity() ? response.readEntity(String.class) : "";
                return new Answer(response.getStatus(), CarrierJson.parse(text).orElse(JsonValue.EMPTY_JSON_OBJECT),
                        response.getHeaderString("Retry-After"));
            }
        });
    }

    /** Sends, and sends again after a backoff while Telnyx answers {@code 429}, which it did not process. */
    private Answer untilNotRateLimited(String action, Supplier<Answer> send) {
        return backoff.send(send, answer -> answer.status() == 429, Answer::retryAfter,
                attempts -> new CarrierUnavailable("Telnyx kept refusing " + action + " for load (429) after "
                        + attempts + " attempts"));
    }

    WebTarget target(String path) {
        return client.target(baseUrl).path(path)
                .property(CONNECT_TIMEOUT, connectTimeoutMillis)
                .property(READ_TIMEOUT, readTimeoutMillis);
    }

    Invocation.Builder request(WebTarget target) {
        return target.request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey);
    }

    /** Adds query parameters through templates, so that values are encoded and never read as templates. */
    static WebTarget withQuery(WebTarget target, Map<String, String> parameters) {
        Map<String, Object> values = new HashMap<>();
        WebTarget withParameters = target;
        int i = 0;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = "q" + i++;
            withParameters = withParameters.queryParam(parameter.getKey(), "{" + name + "}");
            values.put(name, parameter.getValue());
        }
        return withParameters.resolveTemplates(values);
    }

    record Answer(int status, JsonObject body, String retryAfter) {

        boolean successful() {
            return status >= 200 && status < 300;
        }

        boolean keyRefused() {
            return status == 401 || status == 403;
        }

        /** Telnyx's errors, {@code {"errors": [{"code": "10011", "title", "detail", "source"}]}}. */
        CarrierError error() {
            return new CarrierError(CARRIER, status, CarrierJson.objects(body, "errors").stream()
                    .map(error -> new CarrierError.Detail(CarrierJson.text(error, "code"),
                            CarrierJson.text(error, "title"), CarrierJson.text(error, "detail")))
                    .toList());
        }
    }
}
