package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.it.PartnerReceiver.Delivery;
import ai.talkturo.numbers.it.PartnerReceiver.Reply;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Partner webhooks as a partner's own server receives them: signed with the secret {@code PUT /api/webhook} gave,
 * retried until answered, and never in the way of the change they tell of. Retries start after a second here, and
 * a partner is waited for two seconds; trial numbers live twelve hours, so that their expiry is announced at once.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerWebhooksIT {

    private static final Duration ARRIVES = Duration.ofSeconds(30);
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    @Deployment(testable = false)
    static WebArchive numbers() {
        return NumbersWar.configuredWith(Map.of(
                "numbers.sandbox.latency", "PT0.3S",
                "numbers.partner-webhooks.first-retry", "PT1S",
                "numbers.partner-webhooks.timeout", "PT2S",
                "numbers.trial.duration", "PT12H",
                "numbers.sandbox.review-delay", "PT1S"));
    }

    @ArquillianResource
    URL deployment;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    @Test
    void buyingANumberTellsTheWebhookItTurnedActiveSignedWithTheSecret() {
        Api.Account account = api.openAccount("Webhook Partner", "starter");
        try (PartnerReceiver receiver = PartnerReceiver.replying()) {
            String secret = register(account, receiver);
            assertThat(api.get("api/webhook", account.key()).json().getString("url")).isEqualTo(receiver.url());
            assertThat(api.get("api/webhook", account.key()).text()).doesNotContain(secret);

            String id = buy(account, "{\"countryCode\": \"US\", \"areaCode\": \"415\"}");

            Delivery delivery = receiver.await(aboutNumber(id, "number.status_changed"), 1, ARRIVES).get(0);
            assertThat(delivery.contentType()).startsWith("application/json");
            assertSignedWith(secret, delivery);
            JsonObject event = delivery.json();
            assertThat(event.getString("id")).startsWith("evt_");
            assertThat(Instant.parse(event.getString("createdAt"))).isBefore(Instant.now().plusSeconds(1));
            JsonObject data = event.getJsonObject("data");
            assertThat(data.getString("previousStatus")).isEqualTo("purchasing");
            assertThat(data.getString("status")).isEqualTo("active");
            assertThat(data.getString("accountId")).isEqualTo(account.id());
            assertThat(data.getString("phoneNumber")).isEqualTo(api.get("api/phone-numbers/" + id, account.key())
                    .json().getJsonObject("phoneNumber").getString("phoneNumber"));
            assertThat(data.isNull("statusReason")).isTrue();
            assertThat(data.isNull("assistantId")).isTrue();
            Api.pause(Duration.ofSeconds(2));
            assertThat(receiver.deliveries()).hasSize(1);
        }
    }

    @Test
    void aComplianceProfileTellsTheWebhookItWentIntoReviewAndWasApproved() {
        Api.Account account = api.openAccount("Compliance Partner", "pro");
        try (PartnerReceiver receiver = PartnerReceiver.replying()) {
            String secret = register(account, receiver);

            String profileId = api.approvedProfile(account.key(), "CH", "local", "Zürich", ARRIVES);

            List<Delivery> changes = receiver.await(delivery -> "compliance.status_changed".equals(delivery.type())
                    && profileId.equals(delivery.data().getString("id")), 2, ARRIVES);
            assertSignedWith(secret, changes.get(0));
            assertThat(changes).extracting(change -> change.data().getString("previousStatus") + " -> "
                    + change.data().getString("status")).containsExactly("draft -> in_review", "in_review -> approved");
            JsonObject approved = changes.get(1).data();
            assertThat(approved.getString("countryCode")).isEqualTo("CH");
            assertThat(approved.getString("numberType")).isEqualTo("local");
            assertThat(approved.getString("accountId")).isEqualTo(account.id());
            assertThat(approved.isNull("statusReason")).isTrue();
            assertThat(approved.getJsonArray("missing")).isEmpty();
        }
    }

    @Test
    void releasingANumberTellsTheWebhookItWasReleased() {
        Api.Account account = api.openAccount("Releasing Partner", "starter");
        try (PartnerReceiver receiver = PartnerReceiver.replying()) {
            String secret = register(account, receiver);
            String id = buy(account, "{\"countryCode\": \"CA\", \"numberType\": \"toll-free\"}");
            api.awaitStatus(account.key(), id, "active", ARRIVES);

            assertThat(api.delete("api/phone-numbers/" + id, account.key()).status()).isEqualTo(200);

            Delivery released = receiver.await(aboutNumber(id, "number.released"), 1, ARRIVES).get(0);
            assertSignedWith(secret, released);
            assertThat(released.data().getString("status")).isEqualTo("released");
            assertThat(released.data().getString("previousStatus")).isEqualTo("active");
            Delivery changed = receiver.await(aboutNumber(id, "number.status_changed")
                    .and(delivery -> "released".equals(delivery.data().getString("status"))), 1, ARRIVES).get(0);
            assertThat(changed.eventId()).isNotEqualTo(released.eventId());
        }
    }

    @Test
    void aWebhookAnswering500TwiceGetsTheSameEventUntilItAnswers200AndThenNoMore() {
        Api.Account account = api.openAccount("Flaky Partner", "starter");
        try (PartnerReceiver receiver = PartnerReceiver.replying(Reply.status(500), Reply.status(500))) {
            String secret = register(account, receiver);

            String id = buy(account, "{\"countryCode\": \"US\", \"areaCode\": \"212\"}");

            List<Delivery> attempts = receiver.await(aboutNumber(id, "number.status_changed"), 3, ARRIVES);
            assertThat(attempts).extracting(Delivery::eventId).containsOnly(attempts.get(0).eventId());
            assertThat(attempts).extracting(Delivery::body).containsOnly(attempts.get(0).body());
            attempts.forEach(attempt -> assertSignedWith(secret, attempt));
            assertThat(attempts.get(2).receivedAt()).isAfter(attempts.get(1).receivedAt());
            Api.pause(Duration.ofSeconds(8));
            assertThat(receiver.deliveries()).hasSize(3);
        }
    }

    @Test
    void aWebhookThatHangsHoldsUpNeitherThePurchaseNorTheNumber() {
        Api.Account account = api.openAccount("Slow Partner", "starter");
        try (PartnerReceiver receiver = PartnerReceiver.replying(Reply.hang())) {
            register(account, receiver);

            String id = buy(account, "{\"countryCode\": \"US\", \"areaCode\": \"512\"}");
            api.awaitStatus(account.key(), id, "active", ARRIVES);
            String another = buy(account, "{\"countryCode\": \"US\", \"areaCode\": \"206\"}");
            api.awaitStatus(account.key(), another, "active", ARRIVES);

            receiver.await(aboutNumber(id, "number.status_changed"), 1, ARRIVES);
            receiver.await(aboutNumber(another, "number.status_changed"), 1, ARRIVES);
            String unanswered = receiver.deliveries().get(0).eventId();
            receiver.await(delivery -> delivery.eventId().equals(unanswered), 2, ARRIVES);
        }
    }

    @Test
    void anOutboundCallTellsTheWebhookEveryStatusItReaches() {
        Api.Account account = api.openAccount("Calling Partner", "starter");
        try (PartnerReceiver receiver = PartnerReceiver.replying()) {
            String secret = register(account, receiver);
            JsonObject number = api.activeNumber(account.key(), "{\"countryCode\": \"US\", \"areaCode\": \"312\"}", ARRIVES);
            String assistantId = api.newAssistant(account.key(), "Caller");
            api.assign(account.key(), assistantId, number.getString("id"));

            Api.Answer placed = api.post("api/calls", account.key(),
                    "{\"assistantId\": \"" + assistantId + "\", \"to\": \"+13125550199\"}");
            assertThat(placed.status()).as(placed.text()).isEqualTo(201);
            String callId = placed.json().getJsonObject("call").getString("id");

            Delivery completed = receiver.await(aboutCall(callId).and(delivery -> "completed".equals(delivery.data().getString("status"))),
                    1, ARRIVES).get(0);
            assertSignedWith(secret, completed);
            assertThat(completed.data().getString("from")).isEqualTo(number.getString("phoneNumber"));
            assertThat(completed.data().getString("to")).isEqualTo("+13125550199");
            assertThat(completed.data().getString("assistantId")).isEqualTo(assistantId);
            assertThat(completed.data().getString("previousStatus")).isIn("queued", "ringing", "in-progress");
            assertThat(receiver.deliveries(aboutCall(callId))).extracting(delivery -> delivery.data().getString("status"))
                    .contains("completed").doesNotHaveDuplicates();
        }
    }

    @Test
    void aTrialNumberAboutToExpireIsAnnouncedOnce() {
        Api.Account account = api.openAccount("Trial Partner", "free");
        try (PartnerReceiver receiver = PartnerReceiver.replying()) {
            String secret = register(account, receiver);
            String phoneNumber = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"numberType\": \"toll-free\"}");
            JsonObject bought = api.purchase(account.key(), phoneNumber).json().getJsonObject("phoneNumber");
            assertThat(bought.getBoolean("trial")).isTrue();

            Delivery notice = receiver.await(aboutNumber(bought.getString("id"), "number.trial_expiring"), 1,
                    Duration.ofSeconds(60)).get(0);

            assertSignedWith(secret, notice);
            assertThat(notice.data().getBoolean("trial")).isTrue();
            assertThat(notice.data().getString("expiresAt")).isEqualTo(bought.getString("expiresAt"));
            Api.pause(NumbersWar.JOBS_BEAT.multipliedBy(4));
            assertThat(receiver.deliveries(aboutNumber(bought.getString("id"), "number.trial_expiring"))).hasSize(1);
        }
    }

    @Test
    void registeringAgainIssuesANewSecretAndRemovingStopsDeliveries() {
        Api.Account account = api.openAccount("Moving Partner", "starter");
        try (PartnerReceiver receiver = PartnerReceiver.replying()) {
            String first = register(account, receiver);
            String second = register(account, receiver);
            assertThat(second).isNotEqualTo(first);

            Api.Answer removed = api.delete("api/webhook", account.key());

            assertThat(removed.status()).as(removed.text()).isEqualTo(200);
            assertThat(removed.json().getBoolean("success")).isTrue();
            assertProblem(api.get("api/webhook", account.key()), 404, "not_found");
            String id = buy(account, "{\"countryCode\": \"US\", \"areaCode\": \"305\"}");
            api.awaitStatus(account.key(), id, "active", ARRIVES);
            Api.pause(Duration.ofSeconds(3));
            assertThat(receiver.deliveries()).isEmpty();
        }
    }

    @Test
    void aWebhookMustBeAnHttpOrHttpsUrlOfAtMost2000Characters() {
        Api.Account account = api.openAccount("Careless Partner", "starter");
        for (String body : new String[] {"{}", "{\"url\": \"\"}", "{\"url\": \"ftp://example.com/hook\"}",
                "{\"url\": \"example.com/hook\"}", "{\"url\": \"https://\"}", "{\"url\": \"https://exa mple.com\"}",
                "{\"url\": \"https://example.com/" + "a".repeat(1981) + "\"}", "{\"url\": 42}", "{\"url\": \"https://a.example\""}) {
            Api.Answer refused = api.put("api/webhook", account.key(), body);
            assertProblem(refused, 400, "validation_failed");
        }
        assertProblem(api.get("api/webhook", account.key()), 404, "not_found");

        Api.Answer longest = api.put("api/webhook", account.key(), "{\"url\": \"https://example.com/" + "a".repeat(1980) + "\"}");
        assertThat(longest.status()).as(longest.text()).isEqualTo(200);
        assertThat(api.put("api/webhook", null, "{\"url\": \"https://example.com/\"}").status()).isEqualTo(401);
    }

    @Test
    void theWebhookIsDescribedInTheOpenApiDocument() {
        Api.Answer openApi = api.get("openapi", null);

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.text()).contains("/api/webhook");
    }

    private String register(Api.Account account, PartnerReceiver receiver) {
        Api.Answer registered = api.put("api/webhook", account.key(), "{\"url\": \"" + receiver.url() + "\"}");
        assertThat(registered.status()).as(registered.text()).isEqualTo(200);
        assertThat(registered.json().getBoolean("success")).isTrue();
        assertThat(registered.json().getString("url")).isEqualTo(receiver.url());
        String secret = registered.json().getString("secret");
        assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
        return secret;
    }

    private String buy(Api.Account account, String filters) {
        Api.Answer bought = api.purchase(account.key(), api.anOffer(account.key(), filters));
        assertThat(bought.status()).as(bought.text()).isEqualTo(202);
        return bought.json().getJsonObject("phoneNumber").getString("id");
    }

    private static Predicate<Delivery> aboutNumber(String phoneNumberId, String type) {
        return delivery -> type.equals(delivery.type()) && phoneNumberId.equals(delivery.data().getString("id"));
    }

    private static Predicate<Delivery> aboutCall(String callId) {
        return delivery -> "call.status_changed".equals(delivery.type()) && callId.equals(delivery.data().getString("id"));
    }

    private static void assertSignedWith(String secret, Delivery delivery) {
        assertThat(delivery.signature()).isNotNull();
        Matcher signature = SIGNATURE.matcher(delivery.signature());
        assertThat(signature.matches()).as(delivery.signature()).isTrue();
        long t = Long.parseLong(signature.group(1));
        assertThat(Math.abs(t - delivery.receivedAt().getEpochSecond())).isLessThanOrEqualTo(5);
        assertThat(signature.group(2)).isEqualTo(hmacSha256(secret, t + "." + delivery.body()));
    }

    private static String hmacSha256(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
