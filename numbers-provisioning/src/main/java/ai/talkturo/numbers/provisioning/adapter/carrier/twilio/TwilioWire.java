package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.provisioning.adapter.carrier.Backoff;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierError;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How one Twilio account is spoken to over a JAX-RS client: HTTP Basic with the account SID and auth token under
 * {@code /2010-04-01/Accounts/{Sid}} and Numbers v2's {@code /v2/RegulatoryCompliance}, form-encoded requests, JSON answers read whole, a {@code 429} (code 20429, not
 * processed) sent again after a {@link Backoff}, and Twilio's errors read into a {@link CarrierError}.
 */
final class TwilioWire {

    static final String CARRIER = "Twilio";
    private static final String TOO_MANY_REQUESTS = "20429";

    /** Jersey's per-request settings; other JAX-RS clients ignore them and use the client's own timeouts. */
    private static final String CONNECT_TIMEOUT = "jersey.config.client.connectTimeout";
    private static final String READ_TIMEOUT = "jersey.config.client.readTimeout";
    /**
     * A purchase or a call is sent chunked: the JDK's HTTP client silently sends a buffered POST a second time when
     * the connection drops before the answer, which would buy or call twice; it never repeats a streamed one.
     */
    private static final String ENTITY_PROCESSING = "jersey.config.client.request.entity.processing";

    final TwilioSettings settings;
    private final Client client;
    private final Backoff backoff;
    private final String authorization;

    TwilioWire(TwilioSettings settings, Client client, Backoff backoff) {
        this.settings = settings;
        this.client = client;
        this.backoff = backoff;
        String credentials = settings.accountSid() + ":" + settings.authToken();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A JAX-RS client with these timeouts, for callers that have none. */
    static Client client(Duration connectTimeout, Duration readTimeout) {
        return ClientBuilder.newBuilder()
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    WebTarget account() {
        return client.target(settings.baseUrl()).path("2010-04-01").path("Accounts").path(settings.accountSid());
    }

    /** Numbers v2's regulatory compliance, {@code /v2/RegulatoryCompliance}, where bundles are kept and reviewed. */
    WebTarget regulatoryCompliance() {
        return client.target(settings.numbersBaseUrl()).path("v2").path("RegulatoryCompliance");
    }

    /** The same resources on the host that takes uploaded files, for supporting documents with their file. */
    WebTarget regulatoryComplianceUploads() {
        return client.target(settings.uploadBaseUrl()).path("v2").path("RegulatoryCompliance");
    }

    /** An idempotent GET: a dropped connection or a timeout means Twilio is unavailable. */
    Answer get(String what, WebTarget target) {
        try {
            return exchange(what, () -> request(target).get());
        } catch (ProcessingException e) {
            throw unreachable(what, e);
        }
    }

    /** A POST that must not be sent twice, streamed. */
    Answer postOnce(String what, WebTarget target, Form form) {
        return postOnce(what, target, Entity.form(form));
    }

    /** A POST of any body that must not be sent twice, streamed. */
    Answer postOnce(String what, WebTarget target, Entity<?> entity) {
        return exchange(what, () -> request(target).property(ENTITY_PROCESSING, "CHUNKED").post(entity));
    }

    /**
     * Sends the request and reads the whole answer; a {@code 429} is sent again after a pause, since Twilio did not
     * process it, up to the backoff's number of attempts.
     *
     * @throws ProcessingException when the connection fails or the answer does not come in time
     */
    Answer exchange(String what, Supplier<Response> call) {
        return backoff.send(() -> {
            try (Response response = call.get()) {
                return new Answer(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : "");
            }
        }, answer -> answer.status() >= 400 && (answer.status() == 429 || answer.error().hasCode(TOO_MANY_REQUESTS)),
                answer -> null,
                attempts -> new CarrierUnavailable("Twilio refused to " + what + " " + attempts
                        + " times in a row for too many concurrent requests"));
    }

    Invocation.Builder request(WebTarget target) {
        return target.request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .property(CONNECT_TIMEOUT, millis(settings.connectTimeout()))
                .property(READ_TIMEOUT, millis(settings.readTimeout()));
    }

    /** Whether the request never reached Twilio, so that nothing can have happened there. */
    static boolean neverConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    static CarrierUnavailable unreachable(String what, ProcessingException e) {
        return new CarrierUnavailable("Twilio did not answer the request to " + what + ": " + e.getMessage(), e);
    }

    static CarrierUnavailable unavailable(String what, Answer answer) {
        return new CarrierUnavailable("Twilio failed to " + what + ": " + answer.error().describe());
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }

    /** An answer of Twilio: its status and its body as sent. */
    record Answer(int status, String body) {

        Optional<JsonObject> json() {
            return CarrierJson.parse(body);
        }

        /** The body as the JSON object it must be. */
        JsonObject json(String what) {
            return json().orElseThrow(() -> new CarrierUnavailable(
                    "Twilio answered the request to " + what + " with something that is not JSON"));
        }

        boolean credentialsRefused() {
            return status == 401 || status == 403;
        }

        /**
         * Twilio's error, {@code {"code": 21631, "message": "…", "more_info": "…", "status": 400}}; a body that is
         * not one keeps the start of the body as its title.
         */
        CarrierError error() {
            CarrierError.Detail detail = json()
                    .map(error -> new CarrierError.Detail(CarrierJson.text(error, "code"),
                            Optional.ofNullable(CarrierJson.text(error, "message")).orElse("no message"), null))
                    .orElseGet(() -> new CarrierError.Detail(null, body == null || body.isBlank()
                            ? "HTTP " + status : abbreviate(body.strip()), null));
            return new CarrierError(CARRIER, status, List.of(detail));
        }

        private static String abbreviate(String text) {
            return text.length() <= 200 ? text : text.substring(0, 200) + "…";
        }
    }
}
