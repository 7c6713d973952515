package ai.talkturo.numbers.it.twilio;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.it.Api;
import ai.talkturo.numbers.it.NumbersWar;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.RecordedRequest;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.SimulatedCalls;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Fault;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outbound calls and a campaign through Twilio, stood in for by {@link TwilioSimulator}: what Twilio is asked
 * ({@code Calls.json}, checked against Twilio's OpenAPI description), the status callbacks it sends back signed as
 * Twilio signs them, the TwiML it fetches when the callee answers, and a dial that is never sent twice.
 */
@ExtendWith(ArquillianExtension.class)
class CallsThroughTwilioIT {

    private static final String PUBLIC_BASE_URL = "https://numbers.example.com";
    private static final Duration ENDS = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static TwilioSimulator twilio;

    @Deployment(testable = false)
    static WebArchive numbers() {
        twilio = new TwilioSimulator().start();
        return NumbersWar.onOwnDatabase("twilio_calls", Map.of(
                "numbers.carrier", "twilio",
                "numbers.twilio.base-url", twilio.baseUrl(),
                "numbers.twilio.account-sid", TwilioSimulator.ACCOUNT_SID,
                "numbers.twilio.auth-token", TwilioSimulator.AUTH_TOKEN,
                "numbers.public-base-url", PUBLIC_BASE_URL,
                "numbers.assistant-stream-url", "wss://voice.example.com/assistants/{assistantId}/stream",
                "numbers.calls.max-per-second", "20"));
    }

    @AfterAll
    static void stopTwilio() {
        if (twilio != null) {
            twilio.close();
        }
    }

    @ArquillianResource
    URL deployment;

    private Api api;
    private Api.Account account;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        account = api.openAccount("Voice agents calling out", "enterprise");
        twilio.calls().deliverTo(URI.create(deployment.toString())).talkFor(Duration.ofMillis(600));
    }

    @AfterEach
    void forgetFaults() {
        twilio.clearFaults();
    }

    @Test
    void placesTheCallThroughTwilioAndFollowsItsSignedCallbacks() {
        String assistantId = assistant("Outbound");
        JsonObject number = activeNumber();
        assign(assistantId, number);

        Api.Answer placed = call(assistantId, "+13125550199");

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        JsonObject call = placed.json().getJsonObject("call");
        assertThat(call.getString("from")).isEqualTo(number.getString("phoneNumber"));
        assertThat(call.getString("provider")).isEqualTo("twilio");
        RecordedRequest dial = twilio.requests(Operation.CREATE_CALL).stream()
                .filter(request -> "+13125550199".equals(request.formField("To"))).findFirst().orElseThrow();
        assertThat(dial.formField("To")).isEqualTo("+13125550199");
        assertThat(dial.formField("From")).isEqualTo(number.getString("phoneNumber"));
        assertThat(dial.formField("Url")).isEqualTo(PUBLIC_BASE_URL + "/webhooks/twilio/voice");
        assertThat(dial.formField("StatusCallback"))
                .isEqualTo(PUBLIC_BASE_URL + "/webhooks/twilio/status?callId=" + call.getString("id"));
        assertThat(dial.form().get("StatusCallbackEvent")).containsExactly("initiated", "ringing", "answered", "completed");
        assertThat(dial.formField("Twiml")).isNull();
        assertThat(dial.formField("ApplicationSid")).isNull();
        assertThat(dial.specViolations()).isEmpty();

        JsonObject completed = awaitCall(call.getString("id"), "completed");

        SimulatedCalls.Call atTwilio = twilio.calls().all().stream()
                .filter(placedCall -> placedCall.to().equals("+13125550199")).findFirst().orElseThrow();
        assertThat(twilio.calls().deliveries(atTwilio.sid())).allSatisfy(delivery ->
                assertThat(delivery.status()).as(delivery.toString()).isIn(200, 204));
        assertThat(twilio.calls().deliveries(atTwilio.sid())).extracting(delivery -> delivery.field("CallStatus"))
                .containsExactly("initiated", "ringing", "in-progress", "in-progress", "completed");
        SimulatedCalls.Delivery twiml = twilio.calls().deliveries(atTwilio.sid()).stream()
                .filter(delivery -> delivery.url().endsWith("/webhooks/twilio/voice")).findFirst().orElseThrow();
        assertThat(twiml.body()).contains("<Connect><Stream url=\"wss://voice.example.com/assistants/" + assistantId + "/stream\">")
                .contains("<Parameter name=\"callSid\" value=\"" + atTwilio.sid() + "\"/>");
        assertThat(completed.getString("answeredAt")).isNotBlank();
        assertThat(completed.getString("from")).isEqualTo(number.getString("phoneNumber"));
    }

    @Test
    void anUnsignedOrForgedStatusCallbackIsRefusedAndChangesNothing() throws Exception {
        String assistantId = assistant("Guarded");
        assign(assistantId, activeNumber());
        twilio.calls().talkFor(Duration.ofSeconds(20));
        String callId = call(assistantId, "+13125550198").json().getJsonObject("call").getString("id");
        JsonObject answered = awaitCall(callId, "in-progress");
        String url = PUBLIC_BASE_URL + "/webhooks/twilio/status?callId=" + callId;
        Map<String, String> busy = new TreeMap<>(Map.of("CallSid", "CA00000000000000000000000000000000",
                "AccountSid", TwilioSimulator.ACCOUNT_SID, "CallStatus", "busy", "From", answered.getString("from"),
                "To", "+13125550198"));

        assertThat(postStatus(callId, busy, null).statusCode()).isEqualTo(403);
        assertThat(postStatus(callId, busy, twilio.calls().signature(url, busy) + "x").statusCode()).isEqualTo(403);
        assertThat(postStatus("call_01JD0000000000000000000000", busy, twilio.calls().signature(url, busy)).statusCode())
                .as("signed over another URL").isEqualTo(403);
        assertThat(call(callId).getString("status")).isEqualTo("in-progress");

        Map<String, String> ringingAgain = new TreeMap<>(busy);
        ringingAgain.put("CallStatus", "ringing");
        assertThat(postStatus(callId, ringingAgain, twilio.calls().signature(url, ringingAgain)).statusCode()).isEqualTo(204);
        assertThat(call(callId).getString("status")).as("a late report does not move a call back").isEqualTo("in-progress");
        twilio.calls().hangUpAll();
        awaitCall(callId, "completed");
    }

    @Test
    void aDialTwilioFailedIsNeverSentAgain() {
        String assistantId = assistant("Unlucky");
        JsonObject number = activeNumber();
        assign(assistantId, number);
        int before = twilio.requests(Operation.CREATE_CALL).size();
        twilio.inject(Operation.CREATE_CALL, Fault.SERVICE_UNAVAILABLE, 1);

        Api.Answer placed = call(assistantId, "+13125550197");

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        JsonObject call = placed.json().getJsonObject("call");
        assertThat(call.getString("status")).isEqualTo("failed");
        assertThat(call.getString("failureReason")).contains("Twilio").contains("may ring anyway");
        Api.pause(Duration.ofSeconds(2));
        assertThat(twilio.requests(Operation.CREATE_CALL)).hasSize(before + 1);

        twilio.inject(Operation.CREATE_CALL, Fault.TOO_MANY_REQUESTS, 1);
        String retried = call(assistantId, "+13125550196").json().getJsonObject("call").getString("id");
        assertThat(twilio.requests(Operation.CREATE_CALL)).as("a 429 was not processed, so it is sent again")
                .hasSize(before + 3);
        awaitCall(retried, "completed");
    }

    @Test
    void aCampaignThroughTwilioNeverHasMoreThanThreeCallsAtOnce() {
        String assistantId = assistant("Campaigner");
        assign(assistantId, activeNumber());
        List<String> numbers = IntStream.range(0, 30).mapToObj(i -> "+1312555" + (6000 + i)).toList();
        String contacts = numbers.stream().map(number -> "{\"phoneNumber\": \"" + number + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        int before = twilio.calls().all().size();

        Api.Answer started = api.post("api/campaigns", account.key(), "{\"assistantId\": \"" + assistantId
                + "\", \"name\": \"Spring renewals\", \"contacts\": " + contacts + ", \"maxConcurrentCalls\": 3, "
                + Api.ALL_DAY + "}");

        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String campaignId = started.json().getJsonObject("campaign").getString("id");
        await("the campaign completes", () -> api.get("api/campaigns/" + campaignId, account.key()).json()
                .getJsonObject("campaign").getString("status").equals("completed"));
        JsonObject campaign = api.get("api/campaigns/" + campaignId, account.key()).json().getJsonObject("campaign");
        assertThat(campaign.getJsonObject("totals").getInt("completed")).isEqualTo(30);
        List<SimulatedCalls.Call> placed = twilio.calls().all().subList(before, twilio.calls().all().size());
        assertThat(placed).extracting(SimulatedCalls.Call::to).containsExactlyInAnyOrderElementsOf(numbers);
        assertThat(mostAtOnce(placed)).as("calls going on at Twilio at once").isEqualTo(3);
        assertThat(twilio.specViolations()).isEmpty();
    }

    @Test
    void aCampaignAsksTwilioToTellMachinesApartAndHangsUpOnTheOneThatAnswers() {
        String assistantId = assistant("Voicemail aware");
        assign(assistantId, activeNumber());
        int before = twilio.calls().all().size();

        Api.Answer started = api.post("api/campaigns", account.key(), "{\"assistantId\": \"" + assistantId
                + "\", \"name\": \"Machines\", \"contacts\": [{\"phoneNumber\": \"+13125550003\"}, "
                + "{\"phoneNumber\": \"+13125556100\"}], \"voicemail\": \"hang-up\", " + Api.ALL_DAY + "}");

        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String campaignId = started.json().getJsonObject("campaign").getString("id");
        await("the campaign completes", () -> api.get("api/campaigns/" + campaignId, account.key()).json()
                .getJsonObject("campaign").getString("status").equals("completed"));
        Map<String, String> statuses = api.get("api/campaigns/" + campaignId, account.key()).json()
                .getJsonObject("campaign").getJsonArray("contacts").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(contact -> contact.getString("phoneNumber"), contact -> contact.getString("status")));
        assertThat(statuses).containsEntry("+13125550003", "voicemail").containsEntry("+13125556100", "completed");
        SimulatedCalls.Call machine = twilio.calls().all().subList(before, twilio.calls().all().size()).stream()
                .filter(call -> call.to().equals("+13125550003")).findFirst().orElseThrow();
        assertThat(machine.machineDetection()).isEqualTo("Enable");
        SimulatedCalls.Delivery twiml = twilio.calls().deliveries(machine.sid()).stream()
                .filter(delivery -> delivery.url().contains("/webhooks/twilio/voice")).findFirst().orElseThrow();
        assertThat(twiml.field("AnsweredBy")).isEqualTo("machine_start");
        assertThat(twiml.body()).contains("<Hangup/>").doesNotContain("<Stream");
        assertThat(twilio.specViolations()).isEmpty();
    }

    /** The most calls going on at Twilio at the same time, each from its creation to its end. */
    private static int mostAtOnce(List<SimulatedCalls.Call> calls) {
        return calls.stream()
                .mapToInt(call -> (int) calls.stream().filter(other -> !other.createdAt().isAfter(call.createdAt())
                        && other.endedAt().isAfter(call.createdAt())).count())
                .max().orElse(0);
    }

    private HttpResponse<String> postStatus(String callId, Map<String, String> form, String signature) throws Exception {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                Api.resolve(deployment, "webhooks/twilio/status?callId=" + callId))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Api.Answer call(String assistantId, String to) {
        return api.post("api/calls", account.key(), "{\"assistantId\": \"" + assistantId + "\", \"to\": \"" + to + "\"}");
    }

    private JsonObject call(String callId) {
        return api.get("api/calls/" + callId, account.key()).json().getJsonObject("call");
    }

    private JsonObject awaitCall(String callId, String status) {
        await(callId + " becomes " + status, () -> call(callId).getString("status").equals(status));
        return call(callId);
    }

    private String assistant(String name) {
        return api.post("api/assistants", account.key(), "{\"name\": \"" + name + "\"}").json().getJsonObject("assistant").getString("id");
    }

    private JsonObject activeNumber() {
        String phoneNumber = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"numberType\": \"local\"}");
        Api.Answer bought = api.purchase(account.key(), phoneNumber);
        assertThat(bought.status()).as(bought.text()).isEqualTo(202);
        return api.awaitStatus(account.key(), bought.json().getJsonObject("phoneNumber").getString("id"), "active", ENDS);
    }

    private void assign(String assistantId, JsonObject number) {
        Api.Answer assigned = api.send("PUT", "api/assistants/" + assistantId + "/phone-numbers/" + number.getString("id"), account.key());
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + ENDS.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + ENDS);
            }
            Api.pause(Duration.ofMillis(200));
        }
    }
}
