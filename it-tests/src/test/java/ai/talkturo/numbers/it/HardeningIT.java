package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input of every kind, sent as an attacker or a careless client would: each gets API.md's problem+json with its
 * code (the console's refusals a page of the console), never a 500, a stack trace or the server's own page, and
 * nothing is stored.
 */
class HardeningIT {

    private static final KeyPair TELNYX_KEYS = SharedNumbers.TELNYX_KEYS;

    /** The shared server's database, where a test reads what was stored. */
    private static final String DATABASE = SharedNumbers.database();

    private final URL deployment = SharedNumbers.url();

    private Api api;
    private RawHttp raw;
    private Api.Account account;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        raw = new RawHttp(deployment);
        account = api.openAccount("Careless " + UUID.randomUUID().toString().substring(0, 8), "pro");
    }

    @Test
    void aNullContactIsAFieldErrorAndStartsNothing() {
        String assistant = api.newAssistant(account.key(), "Caller");

        Api.Answer answer = api.post("api/campaigns", account.key(), "{\"assistantId\": \"" + assistant
                + "\", \"name\": \"Nulls\", \"contacts\": [{\"phoneNumber\": \"+13125550100\"}, null]}");

        assertProblem(answer, 400, "validation_failed");
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("contacts[1]");
        assertThat(StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM campaigns WHERE account_id = ?", account.id())).isZero();
    }

    @Test
    void contentAfterTheJsonValueIsRefusedOnEveryMethodAndStoresNothing() {
        String assistant = api.newAssistant(account.key(), "Kept");

        assertProblem(api.post("api/assistants", account.key(), "{\"name\": \"Twice\"} xyz"), 400, "validation_failed");
        assertProblem(api.post("api/assistants", account.key(), "{\"name\": \"Twice\"}{\"name\": \"Again\"}"), 400,
                "validation_failed");
        assertProblem(api.patch("api/assistants/" + assistant, account.key(), "{\"name\": \"Renamed\"} ]"), 400,
                "validation_failed");
        assertProblem(api.put("api/webhook", account.key(), "{\"url\": \"https://partner.example/hook\"} 1"), 400,
                "validation_failed");

        assertThat(api.all("api/assistants", account.key(), "assistants")).extracting(a -> a.getString("name"))
                .containsExactly("Kept");
        assertThat(api.get("api/webhook", account.key()).status()).isEqualTo(404);
    }

    @Test
    void jsonNestedTenThousandDeepIsAValidationErrorEverywhere() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        assertProblem(api.post("api/assistants", account.key(), "{\"name\": " + deep + "}"), 400, "validation_failed");
        String event = "{\"data\": " + "{\"x\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}";
        long now = System.currentTimeMillis() / 1000;
        RawHttp.Reply telnyx = raw.send("POST", "/webhooks/telnyx/events", Map.of(
                "Content-Type", "application/json",
                "telnyx-timestamp", Long.toString(now),
                "telnyx-signature-ed25519", sign(now + "|" + event)), event);
        assertProblem(telnyx.asAnswer(), 400, "validation_failed");
    }

    @Test
    void aBodyOverOneMegabyteIsTooLarge() {
        String name = "x".repeat(1_100_000);

        assertProblem(api.post("api/assistants", account.key(), "{\"name\": \"" + name + "\"}"), 413, "payload_too_large");
    }

    @Test
    void pathsAndMethodsNoneOfOursAnswerProblemJson() {
        List<String> notProblems = new ArrayList<>();
        String[][] requests = {
                {"GET", "/nothing"}, {"PATCH", "/nothing"}, {"DELETE", "/nothing"}, {"PUT", "/API/admin/accounts"},
                {"PATCH", "/API/admin/accounts/x"}, {"DELETE", "/API/admin/api-keys/x"},
                {"GET", "/api/assistants/..%2F..%2Fadmin%2Faccounts"}, {"PATCH", "/api/assistants/..%2F..%2Fx"},
                {"DELETE", "/api/assistants/..%2F..%2Fx"}, {"GET", "/api/assistants/..%2F..%2Fapi%2Fcountries%2F"},
                {"FOO", "/api/assistants"}, {"PROPFIND", "/console/"}, {"POST", "/webhooks/nothing"},
                {"GET", "/webhooks/twilio/voice"}, {"PUT", "/webhooks/twilio/status"}, {"GET", "/refusals"},
                {"GET", "/resources/console/console.css"}, {"POST", "/index.html"}};
        for (String[] request : requests) {
            boolean withBody = List.of("POST", "PUT", "PATCH").contains(request[0]);
            RawHttp.Reply reply = raw.send(request[0], request[1], account.key(), withBody ? "{}" : null);
            if (reply.status() < 400 || !String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json")
                    || !reply.body().contains("\"code\":")) {
                notProblems.add(request[0] + " " + request[1] + " → " + reply.status() + " " + reply.header("Content-Type")
                        + " " + reply.body().substring(0, Math.min(120, reply.body().length())));
            }
        }
        assertThat(notProblems).isEmpty();
    }

    @Test
    void carrierWebhooksRefuseForgeriesAsProblemJson() {
        String form = "CallSid=CA1&From=%2B14155550111&To=%2B14155550101";
        Map<String, String> forged = Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Twilio-Signature", "Zm9yZ2Vk");

        assertProblem(raw.send("POST", "/webhooks/twilio/voice", forged, form).asAnswer(), 403, "request_refused");
        assertProblem(raw.send("POST", "/webhooks/twilio/status", forged, form).asAnswer(), 403, "request_refused");
        assertProblem(raw.send("POST", "/webhooks/telnyx/voice", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form).asAnswer(), 403, "request_refused");
        assertProblem(raw.send("POST", "/webhooks/telnyx/events", Map.of("Content-Type", "application/json",
                "telnyx-timestamp", "1", "telnyx-signature-ed25519", "Zm9yZ2Vk"), "{}").asAnswer(), 403, "request_refused");
        long now = System.currentTimeMillis() / 1000;
        String notAnEvent = "{\"no\": \"data\"}";
        assertProblem(raw.send("POST", "/webhooks/telnyx/events", Map.of("Content-Type", "application/json",
                "telnyx-timestamp", Long.toString(now), "telnyx-signature-ed25519", sign(now + "|" + notAnEvent)),
                notAnEvent).asAnswer(), 400, "validation_failed");
    }

    @Test
    void aCustomerOpeningAnOperatorPageGetsAPageOfTheConsole() {
        ConsoleSession customer = new ConsoleSession();
        java.net.URI base = java.net.URI.create(deployment.toString());
        String username = "curious-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.Page form = customer.get(base, "console/signup.xhtml");
        customer.post(base, "console/signup.xhtml", Map.of("signup", "signup", "signup:account", "Curious Co",
                "signup:username", username, "signup:password", "a-password-of-12", "signup:password-again", "a-password-of-12",
                "signup:create", "Create account", "jakarta.faces.ViewState", form.viewState()));

        ConsoleSession.Page forbidden = customer.get(base, "console/operator/accounts.xhtml");

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Not for this account", "/console/").doesNotContain("Payara");
    }

    @Test
    void theConsoleTellsTheBrowserWhatItMayDoAndItsSessionCookieIsSameSiteLax() {
        ConsoleSession visitor = new ConsoleSession();
        java.net.URI base = java.net.URI.create(deployment.toString());

        ConsoleSession.Page login = visitor.get(base, "console/login.xhtml");
        ConsoleSession.Page signedIn = visitor.signIn(base, "admin", "it-admin-password");

        assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'",
                "form-action 'self'", "object-src 'none'");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).as("the new session id at sign-in")
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
        assertThat(raw.send("GET", "/api/countries", account.key(), null).header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aWebhookUrlCannotPointAtTheMetadataServiceOrThisNetwork() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/iam/security-credentials/",
                "http://metadata.google.internal/computeMetadata/v1/", "http://127.0.0.1:8080/api/admin/accounts",
                "http://localhost/", "http://[::1]/", "http://10.0.0.7/hook", "http://192.168.1.1/", "http://172.20.0.1/",
                "http://0.0.0.0/", "http://[fd00:ec2::254]/", "http://100.100.100.200/")) {
            Api.Answer refused = api.put("api/webhook", account.key(), "{\"url\": \"" + url + "\"}");
            assertProblem(refused, 400, "validation_failed");
            assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(url).isEqualTo("url");
        }
        assertThat(api.get("api/webhook", account.key()).status()).as("nothing set").isEqualTo(404);

        Api.Answer accepted = api.put("api/webhook", account.key(), "{\"url\": \"https://hooks.partner.example/numbers\"}");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    }

    @Test
    void aFreeAccountAskingForASecondNumberHearsOfItsTrialWhateverNumberItPicked() {
        Api.Account free = api.openAccount("Second Try", "free");
        api.activeNumber(free.key(), "{\"countryCode\": \"US\"}", java.time.Duration.ofSeconds(30));
        String takenElsewhere = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"areaCode\": \"512\"}");
        assertThat(api.purchase(account.key(), takenElsewhere).status()).isEqualTo(202);

        assertProblem(api.purchase(free.key(), takenElsewhere), 402, "trial_number_in_use");
        assertProblem(api.purchase(free.key(), "+12125550123"), 402, "trial_number_in_use");
    }

    @Test
    void searchNeverOffersANumberHeldInNumbers() {
        String filters = "{\"countryCode\": \"US\", \"areaCode\": \"3125\", \"limit\": 20}";
        List<String> offered = api.post("api/phone-numbers/search", account.key(), "{\"filters\": " + filters + "}").json()
                .getJsonArray("numbers").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(offer -> offer.getString("phoneNumber")).toList();
        String held = offered.get(offered.size() / 2);
        StoredRows.executeIn(DATABASE, "INSERT INTO phone_numbers (id, account_id, phone_number, held_number, number_type, status, trial, "
                + "monthly_price, setup_price, features, provider, created_at, updated_at, version) VALUES (?, ?, ?, ?, "
                + "'local', 'purchasing', FALSE, 1.15, 1.00, 'voice', 'sandbox', NOW(6), NOW(6), 1)",
                "pn_held" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), account.id(), held, held);

        List<String> again = api.post("api/phone-numbers/search", account.key(), "{\"filters\": " + filters + "}").json()
                .getJsonArray("numbers").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(offer -> offer.getString("phoneNumber")).toList();

        assertThat(offered).contains(held);
        assertThat(again).isNotEmpty().doesNotContain(held);
    }

    private static String sign(String message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(TELNYX_KEYS.getPrivate());
            signer.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
