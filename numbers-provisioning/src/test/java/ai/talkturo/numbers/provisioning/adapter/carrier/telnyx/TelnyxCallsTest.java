package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.call.CallProgress;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.campaign.VoicemailMode;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.adapter.carrier.Backoff;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Endpoint;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Fault;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link TelnyxApi#dial} against {@link TelnyxSimulator}, and the call events Telnyx sends back. */
class TelnyxCallsTest {

    private static final String CONNECTION_ID = "1494404757140276705";
    private static final String WEBHOOK_URL = "https://numbers.example.com/webhooks/telnyx/events?callId=call_1";
    private static final E164Number OURS = E164Number.of("+14155550101");

    private TelnyxSimulator telnyx;
    private WebhookReceiver receiver;
    private Client client;
    private TelnyxApi carrier;

    @BeforeEach
    void start() {
        telnyx = new TelnyxSimulator().start();
        receiver = new WebhookReceiver();
        telnyx.sendWebhooksTo(receiver.url());
        client = ClientBuilder.newClient();
        carrier = new TelnyxApi(client, URI.create(telnyx.baseUrl()), telnyx.apiKey(), CONNECTION_ID, Duration.ofSeconds(2),
                Duration.ofMillis(1500), new Backoff(3, Duration.ofMillis(50), Duration.ofMillis(200), pause -> { }));
        carrier.order(new NumberOrder("pn_1", OURS, OURS.numberType(), null));
        await(() -> receiver.received().size() == 1);
    }

    @AfterEach
    void stop() {
        client.close();
        receiver.close();
        telnyx.close();
    }

    @Test
    void placesTheCallOnOurConnectionWithTheCallIdAsClientState() {
        PlacedCall placed = carrier.dial(new CallRequest("call_1", OURS, E164Number.of("+13125550199"),
                "wss://voice.example.com/assistants/as_1/stream"), WEBHOOK_URL);

        assertThat(placed.carrierCallId()).startsWith("v3:");
        assertThat(placed.status()).isEqualTo(CallStatus.QUEUED);
        JsonObject sent = json(telnyx.requests(Endpoint.CREATE_CALL).get(0).body());
        assertThat(sent.getString("connection_id")).isEqualTo(CONNECTION_ID);
        assertThat(sent.getString("from")).isEqualTo("+14155550101");
        assertThat(sent.getString("to")).isEqualTo("+13125550199");
        assertThat(sent.getString("webhook_url")).isEqualTo(WEBHOOK_URL);
        assertThat(sent.getString("stream_url")).isEqualTo("wss://voice.example.com/assistants/as_1/stream");
        assertThat(new String(Base64.getDecoder().decode(sent.getString("client_state")), StandardCharsets.UTF_8))
                .isEqualTo("call_1");
    }

    @Test
    void itsCallEventsMoveTheCallOnToItsEnd() {
        PlacedCall placed = carrier.dial(new CallRequest("call_1", OURS, E164Number.of("+13125550199"), null), WEBHOOK_URL);
        await(() -> receiver.received().size() == 4);

        List<CallProgress> reports = receiver.received().stream().skip(1)
                .map(webhook -> TelnyxCallEvent.parse(webhook.body(), Instant.now()).orElseThrow())
                .toList();

        assertThat(reports).extracting(CallProgress::status)
                .containsExactly(CallStatus.RINGING, CallStatus.IN_PROGRESS, CallStatus.COMPLETED);
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.callId()).isEqualTo("call_1");
            assertThat(report.provider()).isEqualTo("telnyx");
            assertThat(report.carrierCallId()).isEqualTo(placed.carrierCallId());
        });
        assertThat(TelnyxCallEvent.parse(receiver.received().get(0).body(), Instant.now())).as("an order's event").isEmpty();
    }

    @Test
    void aBusyCalleeEndsTheCallBusy() {
        carrier.dial(new CallRequest("call_2", OURS, E164Number.of("+13125550000"), null), WEBHOOK_URL);
        await(() -> receiver.received().size() == 3);

        CallProgress hangup = TelnyxCallEvent.parse(receiver.received().get(2).body(), Instant.now()).orElseThrow();

        assertThat(hangup.status()).isEqualTo(CallStatus.BUSY);
        assertThat(hangup.failureReason()).contains("user_busy");
    }

    @Test
    void aRefusalIsTheCarriersWordsAndNothingIsSentAgain() {
        PlacedCall refused = carrier.dial(new CallRequest("call_3", E164Number.of("+12125550147"),
                E164Number.of("+13125550199"), null), WEBHOOK_URL);

        assertThat(refused.carrierCallId()).isNull();
        assertThat(refused.status()).isEqualTo(CallStatus.FAILED);
        assertThat(refused.failureReason()).contains("+12125550147");
        assertThat(telnyx.requests(Endpoint.CREATE_CALL)).hasSize(1);
    }

    @Test
    void aServerErrorMayHaveRungSoItIsNeverRepeated() {
        telnyx.inject(Fault.SERVER_ERROR, Endpoint.CREATE_CALL, 1);

        assertThatThrownBy(() -> carrier.dial(new CallRequest("call_4", OURS, E164Number.of("+13125550199"), null), WEBHOOK_URL))
                .isInstanceOf(CarrierUnavailable.class)
                .hasMessageContaining("may ring anyway");
        assertThat(telnyx.requests(Endpoint.CREATE_CALL)).hasSize(1);
    }

    @Test
    void aCampaignsCallAsksForMachineDetectionAndAMachinesAnswerCanBeHungUp() {
        String hangingUp = WEBHOOK_URL + "&" + CallRequest.HANG_UP_ON_MACHINES;
        PlacedCall placed = carrier.dial(new CallRequest("call_6", OURS, E164Number.of("+13125550003"), null,
                VoicemailMode.HANG_UP), hangingUp);
        await(() -> receiver.received().size() == 5);

        JsonObject sent = json(telnyx.requests(Endpoint.CREATE_CALL).get(0).body());
        assertThat(sent.getString("answering_machine_detection")).isEqualTo("detect");
        String detection = receiver.received().get(3).body();
        CallProgress machine = TelnyxCallEvent.parse(detection, Instant.now()).orElseThrow();
        assertThat(machine.status()).isEqualTo(CallStatus.IN_PROGRESS);
        assertThat(machine.answeredByMachine()).isTrue();
        assertThat(TelnyxCallEvent.toHangUp(detection, receiver.received().get(3).query()))
                .contains(placed.carrierCallId());
        assertThat(TelnyxCallEvent.toHangUp(detection, "callId=call_6")).isEmpty();
        assertThat(TelnyxCallEvent.toHangUp(receiver.received().get(2).body(), "voicemail=hang-up")).isEmpty();

        carrier.hangUp(placed.carrierCallId());
        carrier.hangUp("v3:gone");
        assertThat(telnyx.hungUpCalls()).containsExactly(placed.carrierCallId());
    }

    @Test
    void aCallThatLeavesAMessageWaitsForTheBeepAndAPersonsAnswerIsNoMachine() {
        carrier.dial(new CallRequest("call_7", OURS, E164Number.of("+13125550199"), null, VoicemailMode.CONTINUE),
                WEBHOOK_URL);
        await(() -> receiver.received().size() == 5);

        assertThat(json(telnyx.requests(Endpoint.CREATE_CALL).get(0).body()).getString("answering_machine_detection"))
                .isEqualTo("detect_beep");
        assertThat(TelnyxCallEvent.parse(receiver.received().get(3).body(), Instant.now())).isEmpty();
    }

    @Test
    void aRateLimitedDialWasNotProcessedAndIsSentAgain() {
        telnyx.inject(Fault.RATE_LIMITED, Endpoint.CREATE_CALL, 1);

        PlacedCall placed = carrier.dial(new CallRequest("call_5", OURS, E164Number.of("+13125550199"), null), WEBHOOK_URL);

        assertThat(placed.carrierCallId()).isNotNull();
        assertThat(telnyx.requests(Endpoint.CREATE_CALL)).hasSize(2);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
