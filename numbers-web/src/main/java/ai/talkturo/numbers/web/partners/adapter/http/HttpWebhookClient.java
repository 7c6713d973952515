package ai.talkturo.numbers.web.partners.adapter.http;

import ai.talkturo.numbers.web.partners.WebhookDestinations;
import ai.talkturo.numbers.web.partners.WebhookSignature;
import ai.talkturo.numbers.web.partners.port.DeliveryOutcome;
import ai.talkturo.numbers.web.partners.port.WebhookClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * POSTs an event to a partner with the JDK's HTTP client: the exact bytes that were signed, no redirects followed,
 * and a short timeout for connecting and for the answer, so a slow partner only ever holds one delivery worker.
 * Whatever the URL resolves to now is checked first ({@link WebhookDestinations}), since a name may have been
 * pointed elsewhere since it was set.
 */
@ApplicationScoped
public class HttpWebhookClient implements WebhookClient {

    @Inject
    @ConfigProperty(name = "numbers.partner-webhooks.timeout")
    Duration timeout;
    @Inject
    WebhookDestinations destinations;

    private HttpClient http;

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /** Posts the body; the whole exchange, answer included, gets {@code numbers.partner-webhooks.timeout}. */
    @Override
    public DeliveryOutcome post(URI url, String body, String signature) {
        Optional<String> refused = destinations.refusal(url, true);
        if (refused.isPresent()) {
            return new DeliveryOutcome.Failed("not sent: " + refused.get());
        }
        CompletableFuture<HttpResponse<Void>> answer;
        try {
            answer = http.sendAsync(HttpRequest.newBuilder(url)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Numbers-Webhooks/1")
                    .header(WebhookSignature.HEADER, signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.discarding());
        } catch (IllegalArgumentException e) {
            return new DeliveryOutcome.Failed("cannot post to " + url + ": " + e.getMessage());
        }
        try {
            int status = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return status / 100 == 2 ? new DeliveryOutcome.Delivered(status)
                    : new DeliveryOutcome.Failed("the webhook answered HTTP " + status);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return noAnswer();
        } catch (ExecutionException e) {
            return e.getCause() instanceof HttpTimeoutException ? noAnswer()
                    : new DeliveryOutcome.Failed("could not reach the webhook: " + e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new DeliveryOutcome.Failed("interrupted while posting");
        }
    }

    private DeliveryOutcome noAnswer() {
        return new DeliveryOutcome.Failed("no answer within " + timeout);
    }
}
