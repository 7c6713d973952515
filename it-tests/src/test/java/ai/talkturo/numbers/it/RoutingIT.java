package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.web.webhooks.TwilioSignature;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inbound calls reach the assistant their number is assigned to, through signed Twilio and Telnyx webhooks. */
class RoutingIT {

    private static final String PUBLIC_BASE_URL = VoiceWebhooks.PUBLIC_BASE_URL;
    private static final String TWILIO_TOKEN = VoiceWebhooks.TWILIO_TOKEN;
    private static final KeyPair TELNYX_KEYS = SharedNumbers.TELNYX_KEYS;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URL deployment = SharedNumbers.url();

    private Api api;
    private Api.Account account;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        account = api.openAccount("Call Center", "pro");
    }

    @Test
    void anInboundCallToAnAssignedNumberIsStreamedToItsAssistant() throws Exception {
        String assistantId = assistant("Receptionist");
        JsonObject number = activeNumber();
        assign(assistantId, number.getString("id"));

        HttpResponse<String> twiml = twilioCall(number.getString("phoneNumber"), "CA0001", true);

        assertThat(twiml.statusCode()).isEqualTo(200);
        assertThat(twiml.headers().firstValue("Content-Type")).get().asString().startsWith("application/xml");
        assertThat(twiml.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Connect>"
                + "<Stream url=\"wss://voice.example.com/assistants/" + assistantId + "/stream\">"
                + "<Parameter name=\"assistantId\" value=\"" + assistantId + "\"/>"
                + "<Parameter name=\"accountId\" value=\"" + account.id() + "\"/>"
                + "<Parameter name=\"phoneNumberId\" value=\"" + number.getString("id") + "\"/>"
                + "<Parameter name=\"callSid\" value=\"CA0001\"/></Stream></Connect></Response>");
        JsonObject route = api.get("api/admin/routes/" + number.getString("phoneNumber"), Api.OPERATOR_KEY).json().getJsonObject("route");
        assertThat(route.getString("action")).isEqualTo("connect");
        assertThat(route.getString("assistantId")).isEqualTo(assistantId);
    }

    @Test
    void aForgedOrMissingTwilioSignatureIsRefused() throws Exception {
        JsonObject number = activeNumber();

        assertThat(twilioCall(number.getString("phoneNumber"), "CA0002", false).statusCode()).isEqualTo(403);
        HttpResponse<String> unsigned = HTTP.send(HttpRequest.newBuilder(Api.resolve(deployment, "webhooks/twilio/voice"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("To=" + URLEncoder.encode(number.getString("phoneNumber"), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(unsigned.body()).doesNotContain("<Response>");
    }

    @Test
    void aRequestTheTwilioWebhookCannotReadGetsProblemDetails() throws Exception {
        URI voice = Api.resolve(deployment, "webhooks/twilio/voice");
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(voice).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(voice).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> broken = HTTP.send(HttpRequest.newBuilder(voice)
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Twilio-Signature", "x")
                .POST(HttpRequest.BodyPublishers.ofString("To=%2")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(get, json, broken)).extracting(HttpResponse::statusCode).containsExactly(405, 415, 400);
        assertThat(List.of(get, json, broken)).allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("<Response>").doesNotContain("Exception");
        });
        assertThat(broken.body()).contains("\"code\":\"validation_failed\"");
    }

    @Test
    void aSignatureOverTheUrlWithItsDefaultPortIsAcceptedToo() throws Exception {
        JsonObject number = activeNumber();
        Map<String, List<String>> form = callForm(number.getString("phoneNumber"), "CA0003");
        String signature = TwilioSignature.sign(TWILIO_TOKEN, "https://numbers.example.com:443/webhooks/twilio/voice", form);

        assertThat(postTwilio(form, signature).statusCode()).isEqualTo(200);
    }

    @Test
    void aNumberWithoutAnAssistantOrSuspendedSaysSoAndHangsUp() throws Exception {
        JsonObject number = activeNumber();
        assertThat(twilioCall(number.getString("phoneNumber"), "CA0004", true).body()).contains("<Say>").endsWith("<Hangup/></Response>");

        String assistantId = assistant("Night Shift");
        assign(assistantId, number.getString("id"));
        api.post("api/admin/phone-numbers/" + number.getString("id") + "/suspend", Api.OPERATOR_KEY, "{\"reason\": \"Fraud check\"}");

        assertThat(twilioCall(number.getString("phoneNumber"), "CA0005", true).body()).contains("<Say>").contains("<Hangup/>");
        assertThat(api.get("api/admin/routes/" + number.getString("phoneNumber"), Api.OPERATOR_KEY).json()
                .getJsonObject("route").getString("action")).isEqualTo("reject");
    }

    @Test
    void aReleasedOrUnknownNumberIsRejected() throws Exception {
        JsonObject number = activeNumber();
        assign(assistant("Gone"), number.getString("id"));
        api.delete("api/phone-numbers/" + number.getString("id"), account.key());

        assertThat(twilioCall(number.getString("phoneNumber"), "CA0006", true).body())
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Reject/></Response>");
        assertThat(twilioCall("+14155550199", "CA0007", true).body()).contains("<Reject/>");
        assertProblem(api.get("api/admin/routes/not-a-number", Api.OPERATOR_KEY), 400, "invalid_phone_number");
    }

    @Test
    void aReleasedNumberBoughtAgainRoutesToItsNewAssistant() throws Exception {
        JsonObject first = activeNumber();
        String phoneNumber = first.getString("phoneNumber");
        assign(assistant("Before"), first.getString("id"));
        assertThat(api.delete("api/phone-numbers/" + first.getString("id"), account.key()).status()).isEqualTo(200);
        // the release reaches the carrier just after its commit; until then the number is not for sale

        Api.Answer[] again = new Api.Answer[1];
        Api.await(phoneNumber + " is back in the carrier's stock and bought again", Duration.ofSeconds(30), () -> {
            again[0] = api.purchase(account.key(), phoneNumber);
            return again[0].status() != 409;
        });
        assertThat(again[0].status()).as(again[0].text()).isEqualTo(202);
        String id = again[0].json().getJsonObject("phoneNumber").getString("id");
        api.awaitStatus(account.key(), id, "active", Duration.ofSeconds(30));
        String assistantId = assistant("After");
        assign(assistantId, id);

        assertThat(twilioCall(phoneNumber, "CA0009", true).body()).contains("/assistants/" + assistantId + "/stream")
                .contains("<Parameter name=\"phoneNumberId\" value=\"" + id + "\"/>");
        assertThat(api.get("api/admin/routes/" + phoneNumber, Api.OPERATOR_KEY).json().getJsonObject("route")
                .getString("phoneNumberId")).isEqualTo(id);
    }

    @Test
    void aTelnyxCallIsAnsweredInTeXmlWhenItsSignatureVerifies() throws Exception {
        String assistantId = assistant("TeXML");
        JsonObject number = activeNumber();
        assign(assistantId, number.getString("id"));
        String body = "CallSid=v3%3Aabc&From=%2B14155550111&To=" + URLEncoder.encode(number.getString("phoneNumber"), StandardCharsets.UTF_8)
                + "&Direction=inbound";
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> signed = postTelnyx(body, now, sign(now + "|" + body));
        HttpResponse<String> stale = postTelnyx(body, now - 301, sign((now - 301) + "|" + body));
        HttpResponse<String> forged = postTelnyx(body.replace("inbound", "outbound"), now, sign(now + "|" + body));

        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.body()).contains("<Stream url=\"wss://voice.example.com/assistants/" + assistantId + "/stream\">")
                .contains("<Parameter name=\"callSid\" value=\"v3:abc\"/>");
        HttpResponse<String> unsigned = HTTP.send(HttpRequest.newBuilder(Api.resolve(deployment, "webhooks/telnyx/voice"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(unsigned.body()).doesNotContain("<Response>");
    }

    @Test
    void fiftyConcurrentAssignmentsLeaveTheNumberWithOneAssistantAndRoutingAgrees() throws Exception {
        JsonObject number = activeNumber();
        List<String> assistants = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            assistants.add(assistant("Contender " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (String assistantId : assistants) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.send("PUT", "api/assistants/" + assistantId + "/phone-numbers/" + number.getString("id"), account.key());
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Answer> answer : answers) {
            statuses.add(answer.get().status());
        }
        pool.shutdown();

        assertThat(statuses).contains(200).allMatch(status -> status == 200 || status == 409);
        String holder = api.get("api/phone-numbers/" + number.getString("id"), account.key()).json()
                .getJsonObject("phoneNumber").getString("assistantId");
        assertThat(assistants).contains(holder);
        long holding = assistants.stream().filter(assistantId -> !api.get("api/assistants/" + assistantId, account.key()).json()
                .getJsonObject("assistant").getJsonArray("phoneNumberIds").isEmpty()).count();
        assertThat(holding).isEqualTo(1);
        assertThat(api.get("api/admin/routes/" + number.getString("phoneNumber"), Api.OPERATOR_KEY).json()
                .getJsonObject("route").getString("assistantId")).isEqualTo(holder);
        assertThat(twilioCall(number.getString("phoneNumber"), "CA0008", true).body()).contains("/assistants/" + holder + "/stream");
    }

    @Test
    void assignmentFollowsTheRules() {
        String assistantId = assistant("Picky");
        JsonObject number = activeNumber();
        Api.Account other = api.openAccount("Other Co", "pro");
        String theirAssistant = api.post("api/assistants", other.key(), "{\"name\": \"Theirs\"}").json()
                .getJsonObject("assistant").getString("id");

        assertProblem(api.send("PUT", "api/assistants/" + theirAssistant + "/phone-numbers/" + number.getString("id"), account.key()),
                404, "not_found");
        assertProblem(api.send("PUT", "api/assistants/" + theirAssistant + "/phone-numbers/" + number.getString("id"), other.key()),
                404, "not_found");
        api.post("api/admin/phone-numbers/" + number.getString("id") + "/suspend", Api.OPERATOR_KEY, "{\"reason\": \"Audit\"}");
        assertProblem(api.send("PUT", "api/assistants/" + assistantId + "/phone-numbers/" + number.getString("id"), account.key()),
                409, "number_not_active");
        api.post("api/admin/phone-numbers/" + number.getString("id") + "/resume", Api.OPERATOR_KEY, null);

        assertThat(api.send("PUT", "api/assistants/" + assistantId + "/phone-numbers/" + number.getString("id"), account.key()).status())
                .isEqualTo(200);
        Api.Answer unassigned = api.send("DELETE", "api/assistants/" + assistantId + "/phone-numbers/" + number.getString("id"), account.key());
        assertThat(unassigned.status()).isEqualTo(200);
        assertThat(unassigned.json().getJsonObject("phoneNumber").isNull("assistantId")).isTrue();
        assertThat(api.get("api/admin/routes/" + number.getString("phoneNumber"), Api.OPERATOR_KEY).json()
                .getJsonObject("route").isNull("assistantId")).isTrue();
    }

    private String assistant(String name) {
        return api.post("api/assistants", account.key(), "{\"name\": \"" + name + "\"}").json().getJsonObject("assistant").getString("id");
    }

    private JsonObject activeNumber() {
        String phoneNumber = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"numberType\": \"local\"}");
        String id = api.purchase(account.key(), phoneNumber).json().getJsonObject("phoneNumber").getString("id");
        JsonObject active = api.awaitStatus(account.key(), id, "active", Duration.ofSeconds(30));
        api.awaitRoute(active.getString("phoneNumber"), "active", Duration.ofSeconds(5));
        return active;
    }

    private void assign(String assistantId, String phoneNumberId) {
        Api.Answer assigned = api.send("PUT", "api/assistants/" + assistantId + "/phone-numbers/" + phoneNumberId, account.key());
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
    }

    private static Map<String, List<String>> callForm(String to, String callSid) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("CallSid", List.of(callSid));
        form.put("AccountSid", List.of("AC0000000000000000000000000000000a"));
        form.put("From", List.of("+14155550111"));
        form.put("To", List.of(to));
        form.put("CallStatus", List.of("ringing"));
        form.put("Direction", List.of("inbound"));
        form.put("ToCity", List.of("SAN FRANCISCO"));
        return form;
    }

    private HttpResponse<String> twilioCall(String to, String callSid, boolean signedRight) throws IOException, InterruptedException {
        Map<String, List<String>> form = callForm(to, callSid);
        String signature = TwilioSignature.sign(signedRight ? TWILIO_TOKEN : "not-the-token", PUBLIC_BASE_URL + "/webhooks/twilio/voice", form);
        return postTwilio(form, signature);
    }

    private HttpResponse<String> postTwilio(Map<String, List<String>> form, String signature) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue().get(0), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(Api.resolve(deployment, "webhooks/twilio/voice"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postTelnyx(String body, long timestamp, String signature) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(Api.resolve(deployment, "webhooks/telnyx/voice"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("telnyx-timestamp", Long.toString(timestamp))
                .header("telnyx-signature-ed25519", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(String message) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(TELNYX_KEYS.getPrivate());
        signer.update(message.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }
}
