package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.OwnedNumber;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.RecordedRequest;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Numbers brought from the customer's own carrier account, over HTTP: from the sandbox's numbers "owned elsewhere",
 * from a customer account of the Twilio simulator (every request checked against Twilio's published description)
 * and from a customer account of the Telnyx simulator. An imported number routes to its assistant; released, it is
 * given back its old voice settings and stays in the customer's account.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    private static final String DATABASE = "imports";
    private static final String TELNYX_CUSTOMER_KEY = "KEY0123CUSTOMER_OWN_ACCOUNT";
    /** A release reaches the carrier right after it commits, else at the next release retry (5 s here). */
    private static final Duration GIVEN_BACK = Duration.ofSeconds(90);
    private static final String OLD_VOICE_URL = "https://old-ivr.example.com/voice";
    private static final String OLD_STATUS_URL = "https://old-ivr.example.com/status";

    private static TwilioSimulator twilio;
    private static TelnyxSimulator telnyx;

    @Deployment(testable = false)
    static WebArchive numbers() {
        twilio = new TwilioSimulator().start();
        telnyx = new TelnyxSimulator(TELNYX_CUSTOMER_KEY).start();
        KeyPair telnyxKeys = VoiceWebhooks.telnyxKeys();
        Map<String, String> settings = new HashMap<>(VoiceWebhooks.settings(telnyxKeys));
        settings.put("numbers.twilio.base-url", twilio.baseUrl());
        settings.put("numbers.twilio.account-sid", TwilioSimulator.ACCOUNT_SID);
        settings.put("numbers.twilio.auth-token", TwilioSimulator.AUTH_TOKEN);
        settings.put("numbers.telnyx.base-url", telnyx.baseUrl());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        settings.put("numbers.secrets.key", Base64.getEncoder().encodeToString(key));
        return NumbersWar.onOwnDatabase(DATABASE, settings);
    }

    @AfterAll
    static void stopCarriers() {
        if (twilio != null) {
            twilio.close();
        }
        if (telnyx != null) {
            telnyx.close();
        }
    }

    @ArquillianResource
    URL deployment;

    private Api api;
    private Api.Account account;
    private VoiceWebhooks webhooks;

    @BeforeEach
    void openAccount() {
        api = new Api(deployment);
        account = api.openAccount("Brings its own numbers", "enterprise");
        webhooks = new VoiceWebhooks(deployment, null);
    }

    @Test
    void aSandboxNumberOwnedElsewhereIsImportedActiveRoutedAndCounted() throws Exception {
        String assistant = api.newAssistant(account.key(), "Front desk");

        Api.Answer imported = importNumber("sandbox", "+16465550101", "{\"apiKey\": \"sandbox-own\"}", assistant);

        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        JsonObject number = imported.json().getJsonObject("phoneNumber");
        assertThat(number.getString("origin")).isEqualTo("imported");
        assertThat(number.getString("status")).isEqualTo("active");
        assertThat(number.getString("provider")).isEqualTo("sandbox");
        assertThat(number.getBoolean("trial")).isFalse();
        assertThat(number.isNull("expiresAt")).isTrue();
        assertThat(number.getString("assistantId")).isEqualTo(assistant);
        assertThat(number.toString()).doesNotContain("sandbox-own");
        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getInt("numbersInUse"))
                .isEqualTo(1);
        assertThat(api.get("api/phone-numbers/" + number.getString("id"), account.key()).json()
                .getJsonObject("phoneNumber").getString("origin")).isEqualTo("imported");
        assertThat(elsewhereVoiceUrl("+16465550101")).isEqualTo(VoiceWebhooks.PUBLIC_BASE_URL + "/webhooks/twilio/voice");
        api.awaitRoute("+16465550101", "active", Duration.ofSeconds(10));

        HttpResponse<String> call = webhooks.twilio("/webhooks/twilio/voice", ourCall("+16465550101"),
                TwilioSimulator.AUTH_TOKEN);

        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.body()).contains("<Connect><Stream").contains(assistant);
    }

    @Test
    void aNumberIsImportedOnce() {
        assertThat(importNumber("sandbox", "+16465550102", "{\"apiKey\": \"sandbox-own\"}", null).status())
                .isEqualTo(201);
        Api.Account other = api.openAccount("Tries the same number", "enterprise");

        assertProblem(api.post("api/phone-numbers/import", account.key(), body("sandbox", "+16465550102",
                "{\"apiKey\": \"sandbox-own\"}", null)), 409, "number_not_available");
        assertProblem(api.post("api/phone-numbers/import", other.key(), body("sandbox", "+16465550102",
                "{\"apiKey\": \"sandbox-own\"}", null)), 409, "number_not_available");
        assertThat(count("select count(*) from phone_numbers where phone_number = ?", "+16465550102")).isEqualTo(1);
    }

    @Test
    void aNumberTheAccountDoesNotHoldIsNotImportedAndNothingIsStored() {
        Api.Answer refused = importNumber("sandbox", "+16465550199", "{\"apiKey\": \"sandbox-own\"}", null);

        assertProblem(refused, 422, "number_not_owned");
        assertThat(refused.json().getString("detail")).contains("+16465550199").contains("sandbox");
        assertThat(count("select count(*) from phone_numbers where phone_number = ?", "+16465550199")).isZero();
        assertThat(count("select count(*) from imported_numbers where account_id = ?", account.id())).isZero();
    }

    @Test
    void badBodiesAreRefusedWithEveryBadFieldAndStoreNothing() {
        Api.Answer missing = importNumber("twilio", "+14155552671", "{\"accountSid\": \"\", \"region\": \"us1\"}", null);
        assertProblem(missing, 400, "validation_failed");
        assertThat(missing.json().getJsonArray("errors").stream().map(error -> error.asJsonObject().getString("field")))
                .containsExactly("credentials.accountSid", "credentials.authToken", "credentials.region");

        assertProblem(importNumber("vonage", "+14155552671", "{\"apiKey\": \"x\"}", null), 400, "validation_failed");
        assertProblem(importNumber("sandbox", "+1415", "{\"apiKey\": \"x\"}", null), 400, "invalid_phone_number");
        assertProblem(importNumber("sandbox", "+442071838750", "{\"apiKey\": \"x\"}", null), 422, "country_not_supported");
        assertProblem(api.post("api/phone-numbers/import", account.key(),
                "{\"provider\": \"sandbox\", \"phoneNumber\": \"+16465550103\", \"credentials\": [\"sandbox-own\"]}"),
                400, "validation_failed");
        Api.Answer notText = importNumber("sandbox", "+16465550103", "{\"apiKey\": 7}", null);
        assertProblem(notText, 400, "validation_failed");
        assertThat(notText.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("credentials.apiKey");
        assertProblem(api.post("api/phone-numbers/import", account.key(),
                "{\"provider\": \"sandbox\", \"phoneNumber\": \"+16465550103\"}"), 400, "validation_failed");
        assertThat(count("select count(*) from imported_numbers where account_id = ?", account.id())).isZero();
    }

    @Test
    void aReleasedSandboxNumberGetsItsOldVoiceUrlBack() {
        String id = importNumber("sandbox", "+16465550104", "{\"apiKey\": \"sandbox-own\"}", null)
                .json().getJsonObject("phoneNumber").getString("id");

        assertThat(api.delete("api/phone-numbers/" + id, account.key()).status()).isEqualTo(200);

        Api.await("the sandbox number's old voice URL", GIVEN_BACK,
                () -> "https://voice.example.com/answer".equals(elsewhereVoiceUrl("+16465550104")));
        assertThat(api.get("api/phone-numbers/" + id, account.key()).json().getJsonObject("phoneNumber")
                .getString("status")).isEqualTo("released");
    }

    @Test
    void aFreeAccountsImportedNumberIsNoTrialAndUsesTheFreePlansRoom() {
        Api.Account free = api.openAccount("Free, with its own number", "free");

        Api.Answer imported = api.post("api/phone-numbers/import", free.key(),
                body("sandbox", "+16465550105", "{\"apiKey\": \"sandbox-own\"}", null));

        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(imported.json().getJsonObject("phoneNumber").getBoolean("trial")).isFalse();
        assertThat(imported.json().getJsonObject("phoneNumber").isNull("expiresAt")).isTrue();
        Api.Answer second = api.post("api/phone-numbers/import", free.key(),
                body("sandbox", "+16465550106", "{\"apiKey\": \"sandbox-own\"}", null));
        assertThat(second.status()).as(second.text()).isEqualTo(402);
        assertThat(count("select count(*) from phone_numbers where phone_number = ?", "+16465550106")).isZero();
    }

    @Test
    void aTwilioNumberRoutesToItsAssistantAndGetsItsVoiceUrlBackWhenReleased() throws Exception {
        twilio.ownInCustomerAccount("+14155550102", OLD_VOICE_URL, OLD_STATUS_URL);
        String assistant = api.newAssistant(account.key(), "Sales line");

        Api.Answer imported = importNumber("twilio", "+14155550102", twilioCredentials(TwilioSimulator.CUSTOMER_TOKEN),
                assistant);

        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        JsonObject number = imported.json().getJsonObject("phoneNumber");
        assertThat(number.getString("origin")).isEqualTo("imported");
        assertThat(number.getString("provider")).isEqualTo("twilio");
        assertThat(number.toString()).doesNotContain(TwilioSimulator.CUSTOMER_TOKEN);
        OwnedNumber pointed = twilio.customerOwned("+14155550102").orElseThrow();
        assertThat(pointed.voiceUrl()).isEqualTo(VoiceWebhooks.PUBLIC_BASE_URL + "/webhooks/twilio/voice");
        assertThat(pointed.statusCallback()).isEqualTo(VoiceWebhooks.PUBLIC_BASE_URL + "/webhooks/twilio/status");
        assertThat(count("select count(*) from imported_numbers where sealed_credentials like ?",
                "%" + TwilioSimulator.CUSTOMER_TOKEN + "%")).isZero();
        api.awaitRoute("+14155550102", "active", Duration.ofSeconds(10));

        HttpResponse<String> call = webhooks.twilio("/webhooks/twilio/voice", customerCall("+14155550102"),
                TwilioSimulator.CUSTOMER_TOKEN);
        assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
        assertThat(call.body()).contains("<Connect><Stream").contains(assistant);
        assertThat(webhooks.twilio("/webhooks/twilio/voice", customerCall("+14155550102"), TwilioSimulator.AUTH_TOKEN)
                .statusCode()).isEqualTo(403);

        assertThat(api.delete("api/phone-numbers/" + number.getString("id"), account.key()).status()).isEqualTo(200);

        Api.await("the Twilio number's old voice URL", GIVEN_BACK,
                () -> OLD_VOICE_URL.equals(twilio.customerOwned("+14155550102").orElseThrow().voiceUrl()));
        OwnedNumber givenBack = twilio.customerOwned("+14155550102").orElseThrow();
        assertThat(givenBack.statusCallback()).isEqualTo(OLD_STATUS_URL);
        assertThat(givenBack.sid()).isEqualTo(pointed.sid());
        assertThat(twilio.released()).isEmpty();
        assertThat(twilio.specViolations()).isEmpty();
    }

    @Test
    void callsOutFromAnImportedTwilioNumberThroughTheCustomersAccountAndFollowsItsSignedCallbacks() {
        twilio.customerCalls().deliverTo(URI.create(deployment.toString())).talkFor(Duration.ofMillis(600));
        twilio.ownInCustomerAccount("+14155552673", OLD_VOICE_URL, OLD_STATUS_URL);
        String assistant = api.newAssistant(account.key(), "Calls customers back");
        assertThat(importNumber("twilio", "+14155552673", twilioCredentials(TwilioSimulator.CUSTOMER_TOKEN), assistant)
                .status()).isEqualTo(201);

        Api.Answer placed = api.post("api/calls", account.key(),
                "{\"assistantId\": \"" + assistant + "\", \"to\": \"+13125550188\"}");

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        String callId = placed.json().getJsonObject("call").getString("id");
        RecordedRequest dial = twilio.requests(Operation.CREATE_CALL).stream()
                .filter(request -> "+13125550188".equals(request.formField("To"))).findFirst().orElseThrow();
        assertThat(dial.path()).contains(TwilioSimulator.CUSTOMER_SID);
        assertThat(dial.formField("From")).isEqualTo("+14155552673");
        Api.await(callId + " completes, told by callbacks the customer's token signed", Duration.ofSeconds(30),
                () -> "completed".equals(api.get("api/calls/" + callId, account.key()).json().getJsonObject("call")
                        .getString("status")));
        assertThat(twilio.specViolations()).isEmpty();
    }

    @Test
    void aStatusCallbackOfTheCustomersAccountVerifiesOnlyWithThatAccountsToken() throws Exception {
        twilio.ownInCustomerAccount("+14155552674", OLD_VOICE_URL, OLD_STATUS_URL);
        assertThat(importNumber("twilio", "+14155552674", twilioCredentials(TwilioSimulator.CUSTOMER_TOKEN), null)
                .status()).isEqualTo(201);
        Map<String, List<String>> status = customerCall("+14155552674");
        status.put("CallStatus", List.of("completed"));

        assertThat(webhooks.twilio("/webhooks/twilio/status", status, TwilioSimulator.CUSTOMER_TOKEN).statusCode())
                .isEqualTo(204);
        assertThat(webhooks.twilio("/webhooks/twilio/status", status, TwilioSimulator.AUTH_TOKEN).statusCode())
                .isEqualTo(403);
        Map<String, List<String>> stranger = customerCall("+14155552674");
        stranger.put("AccountSid", List.of("AC" + "9".repeat(32)));
        assertThat(webhooks.twilio("/webhooks/twilio/voice", stranger, TwilioSimulator.CUSTOMER_TOKEN).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aCustomersTokenDoesNotSpeakForNumbersThatDidNotComeFromItsAccount() throws Exception {
        twilio.ownInCustomerAccount("+12125551234", OLD_VOICE_URL, OLD_STATUS_URL);
        assertThat(importNumber("twilio", "+12125551234", twilioCredentials(TwilioSimulator.CUSTOMER_TOKEN), null)
                .status()).isEqualTo(201);
        Api.Account other = api.openAccount("Someone else's numbers", "enterprise");
        String assistant = api.newAssistant(other.key(), "Not yours");
        assertThat(api.post("api/phone-numbers/import", other.key(), body("sandbox", "+16465550109",
                "{\"apiKey\": \"theirs\"}", assistant)).status()).isEqualTo(201);
        api.awaitRoute("+16465550109", "active", Duration.ofSeconds(10));

        HttpResponse<String> forged = webhooks.twilio("/webhooks/twilio/voice", customerCall("+16465550109"),
                TwilioSimulator.CUSTOMER_TOKEN);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain(assistant);
        assertThat(webhooks.twilio("/webhooks/twilio/voice", customerCall("+12125551234"),
                TwilioSimulator.CUSTOMER_TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void twilioCredentialsThatDoNotOpenTheAccountImportNothing() {
        twilio.ownInCustomerAccount("+12125550134", OLD_VOICE_URL, OLD_STATUS_URL);

        Api.Answer refused = importNumber("twilio", "+12125550134", twilioCredentials("0000000000wrongtoken000000000000"),
                null);

        assertProblem(refused, 422, "number_not_owned");
        assertThat(refused.json().getString("detail")).contains("Twilio refused");
        assertThat(twilio.customerOwned("+12125550134").orElseThrow().voiceUrl()).isEqualTo(OLD_VOICE_URL);
        assertThat(count("select count(*) from phone_numbers where phone_number = ?", "+12125550134")).isZero();
    }

    @Test
    void aTelnyxNumberIsAttachedToAnApplicationOfNumbersAndGivenItsConnectionBack() {
        String telnyxId = telnyx.own("+13125550123", "1494404757140276705");

        Api.Answer imported = importNumber("telnyx", "+13125550123", "{\"apiKey\": \"" + TELNYX_CUSTOMER_KEY + "\"}",
                null);

        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        String applicationId = telnyx.ownedNumber("+13125550123").orElseThrow().connectionId();
        assertThat(applicationId).isNotEqualTo("1494404757140276705");
        JsonObject application = telnyx.texmlApplications().get(applicationId);
        assertThat(application.getString("voice_url")).isEqualTo(VoiceWebhooks.PUBLIC_BASE_URL + "/webhooks/telnyx/voice");
        api.awaitRoute("+13125550123", "active", Duration.ofSeconds(10));

        String id = imported.json().getJsonObject("phoneNumber").getString("id");
        assertThat(api.delete("api/phone-numbers/" + id, account.key()).status()).isEqualTo(200);

        Api.await("the Telnyx number's old connection, and Numbers' application gone", GIVEN_BACK,
                () -> "1494404757140276705".equals(telnyx.ownedNumber("+13125550123").orElseThrow().connectionId())
                        && !telnyx.texmlApplications().containsKey(applicationId));
        assertThat(telnyx.ownedNumber("+13125550123").orElseThrow().id()).isEqualTo(telnyxId);
        assertThat(telnyx.releasedNumbers()).isEmpty();
    }

    @Test
    void aTelnyxNumberThatCannotBeAttachedIsNotImportedAndLeavesNothingBehind() {
        telnyx.own("+13125550124", "1494404757140276705");
        int applications = telnyx.texmlApplications().size();
        telnyx.inject(TelnyxSimulator.Fault.SERVER_ERROR, TelnyxSimulator.Endpoint.UPDATE_PHONE_NUMBER, 1);

        Api.Answer refused = importNumber("telnyx", "+13125550124", "{\"apiKey\": \"" + TELNYX_CUSTOMER_KEY + "\"}",
                null);

        assertProblem(refused, 502, "carrier_unavailable");
        assertThat(telnyx.texmlApplications()).hasSize(applications);
        assertThat(telnyx.ownedNumber("+13125550124").orElseThrow().connectionId()).isEqualTo("1494404757140276705");
        assertThat(count("select count(*) from phone_numbers where phone_number = ?", "+13125550124")).isZero();
    }

    private Api.Answer importNumber(String provider, String phoneNumber, String credentials, String assistantId) {
        return api.post("api/phone-numbers/import", account.key(), body(provider, phoneNumber, credentials, assistantId));
    }

    private static String body(String provider, String phoneNumber, String credentials, String assistantId) {
        return "{\"provider\": \"" + provider + "\", \"phoneNumber\": \"" + phoneNumber + "\", \"credentials\": "
                + credentials + (assistantId == null ? "" : ", \"assistantId\": \"" + assistantId + "\"") + "}";
    }

    private static String twilioCredentials(String authToken) {
        return "{\"accountSid\": \"" + TwilioSimulator.CUSTOMER_SID + "\", \"authToken\": \"" + authToken + "\"}";
    }

    /** A call to a number of Numbers' own Twilio account (the sandbox's numbers answer at the same webhook). */
    private static Map<String, List<String>> ourCall(String to) {
        Map<String, List<String>> form = VoiceWebhooks.call("+15005550006", to, "CA" + "1".repeat(32), "ringing");
        form.put("AccountSid", List.of(TwilioSimulator.ACCOUNT_SID));
        return form;
    }

    /** A call to a number in the customer's own Twilio account, which that account's token signs. */
    private static Map<String, List<String>> customerCall(String to) {
        Map<String, List<String>> form = VoiceWebhooks.call("+15005550006", to, "CA" + "2".repeat(32), "ringing");
        form.put("AccountSid", List.of(TwilioSimulator.CUSTOMER_SID));
        return form;
    }

    private static String elsewhereVoiceUrl(String phoneNumber) {
        return StoredRows.textIn(FreshDatabase.url(DATABASE),
                "select voice_url from sandbox_elsewhere_numbers where phone_number = ?", phoneNumber);
    }

    private static long count(String sql, String... parameters) {
        return StoredRows.countIn(FreshDatabase.url(DATABASE), sql, parameters);
    }
}
