package ai.talkturo.numbers.it.telnyx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.it.Api;
import ai.talkturo.numbers.it.NumbersWar;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Endpoint;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.RecordedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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
 * Outbound calls through Telnyx, stood in for by {@link TelnyxSimulator}: what {@code POST /v2/calls} is asked (the
 * caller ID, where the events go, the assistant's stream told which call it carries) and the signed call events that
 * carry the call to its end.
 */
@ExtendWith(ArquillianExtension.class)
class CallsThroughTelnyxIT {

    private static final String PUBLIC_BASE_URL = "https://numbers.example.com";
    private static final String CONNECTION_ID = "1494404757140276705";
    private static final Duration ENDS = Duration.ofSeconds(60);
    private static final String US_LOCAL = "{\"countryCode\": \"US\", \"numberType\": \"local\"}";

    private static TelnyxSimulator telnyx;

    @Deployment(testable = false)
    static WebArchive numbers() {
        telnyx = new TelnyxSimulator().start();
        for (int last = 10; last < 20; last++) {
            telnyx.offerNumber("+131255501" + last, "Chicago", "IL");
        }
        return NumbersWar.onOwnDatabase("telnyx_calls", Map.of(
                "numbers.carrier", "telnyx",
                "numbers.telnyx.base-url", telnyx.baseUrl(),
                "numbers.telnyx.api-key", telnyx.apiKey(),
                "numbers.telnyx.connection-id", CONNECTION_ID,
                "numbers.telnyx.public-key", telnyx.publicKeyBase64(),
                "numbers.public-base-url", PUBLIC_BASE_URL,
                "numbers.assistant-stream-url", "wss://voice.example.com/assistants/{assistantId}/stream",
                "numbers.calls.max-per-second", "20"));
    }

    @AfterAll
    static void stopTelnyx() {
        if (telnyx != null) {
            telnyx.close();
        }
    }

    @ArquillianResource
    URL deployment;

    private Api api;
    private Api.Account account;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        account = api.openAccount("Voice agents calling out on Telnyx", "enterprise");
        telnyx.sendWebhooksTo(URI.create(deployment.toString().replaceFirst("/?$", "/")).resolve("webhooks/telnyx/events"));
        telnyx.completeOrdersImmediately();
    }

    @Test
    void placesTheCallThroughTelnyxAndFollowsItsSignedEvents() {
        String assistantId = api.newAssistant(account.key(), "Outbound on Telnyx");
        JsonObject number = api.activeNumber(account.key(), US_LOCAL, ENDS);
        api.assign(account.key(), assistantId, number.getString("id"));

        Api.Answer placed = call(assistantId, "+13125550199");

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        JsonObject call = placed.json().getJsonObject("call");
        String callId = call.getString("id");
        assertThat(call.getString("from")).isEqualTo(number.getString("phoneNumber"));
        assertThat(call.getString("provider")).isEqualTo("telnyx");
        JsonObject dial = dialTo("+13125550199");
        assertThat(dial.getString("connection_id")).isEqualTo(CONNECTION_ID);
        assertThat(dial.getString("from")).isEqualTo(number.getString("phoneNumber"));
        assertThat(dial.getString("webhook_url")).isEqualTo(PUBLIC_BASE_URL + "/webhooks/telnyx/events?callId=" + callId);
        assertThat(dial.getString("stream_url")).isEqualTo("wss://voice.example.com/assistants/" + assistantId
                + "/stream?assistantId=" + assistantId + "&accountId=" + account.id()
                + "&phoneNumberId=" + number.getString("id") + "&callId=" + callId);
        assertThat(new String(Base64.getDecoder().decode(dial.getString("client_state")), StandardCharsets.UTF_8))
                .isEqualTo(callId);

        JsonObject completed = awaitCall(callId, "completed");

        assertThat(completed.getString("to")).isEqualTo("+13125550199");
        assertThat(completed.isNull("failureReason")).isTrue();
        assertThat(telnyx.requests(Endpoint.CREATE_CALL)).filteredOn(request -> request.body().contains("+13125550199"))
                .as("a call is asked for once").hasSize(1);
    }

    @Test
    void aBusyCalleeEndsTheCallBusyWithAReason() {
        String assistantId = api.newAssistant(account.key(), "Busy line");
        api.assign(account.key(), assistantId, api.activeNumber(account.key(), US_LOCAL, ENDS).getString("id"));

        Api.Answer placed = call(assistantId, "+13125550000");

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        JsonObject busy = awaitCall(placed.json().getJsonObject("call").getString("id"), "busy");
        assertThat(busy.getString("failureReason")).isNotBlank();
    }

    @Test
    void aCampaignsCallAMachineAnswersIsHungUpAndEndsAsVoicemail() {
        String assistantId = api.newAssistant(account.key(), "Campaigns on Telnyx");
        api.assign(account.key(), assistantId, api.activeNumber(account.key(), US_LOCAL, ENDS).getString("id"));

        Api.Answer started = api.post("api/campaigns", account.key(), "{\"assistantId\": \"" + assistantId
                + "\", \"name\": \"Machines\", \"contacts\": [{\"phoneNumber\": \"+13125550003\"}], "
                + "\"voicemail\": \"hang-up\", " + Api.ALL_DAY + "}");

        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String campaignId = started.json().getJsonObject("campaign").getString("id");
        Api.await("the campaign completes", ENDS, () -> api.get("api/campaigns/" + campaignId, account.key()).json()
                .getJsonObject("campaign").getString("status").equals("completed"));
        JsonObject contact = api.get("api/campaigns/" + campaignId, account.key()).json().getJsonObject("campaign")
                .getJsonArray("contacts").getJsonObject(0);
        assertThat(contact.getString("status")).isEqualTo("voicemail");
        JsonObject dial = dialTo("+13125550003");
        assertThat(dial.getString("answering_machine_detection")).isEqualTo("detect");
        assertThat(dial.getString("webhook_url")).endsWith("&voicemail=hang-up");
        Api.await("Numbers hangs up on the machine", ENDS, () -> telnyx.hungUpCalls().size() == 1);
    }

    private JsonObject dialTo(String to) {
        RecordedRequest request = telnyx.requests(Endpoint.CREATE_CALL).stream()
                .filter(recorded -> recorded.body().contains(to)).findFirst().orElseThrow();
        try (JsonReader reader = Json.createReader(new StringReader(request.body()))) {
            return reader.readObject();
        }
    }

    private Api.Answer call(String assistantId, String to) {
        return api.post("api/calls", account.key(), "{\"assistantId\": \"" + assistantId + "\", \"to\": \"" + to + "\"}");
    }

    private JsonObject awaitCall(String callId, String status) {
        Api.await(callId + " becomes " + status, ENDS, () -> status.equals(callStatus(callId)));
        return api.get("api/calls/" + callId, account.key()).json().getJsonObject("call");
    }

    private String callStatus(String callId) {
        return api.get("api/calls/" + callId, account.key()).json().getJsonObject("call").getString("status");
    }
}
