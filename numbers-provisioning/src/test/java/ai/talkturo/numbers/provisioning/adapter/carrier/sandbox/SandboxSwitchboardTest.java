package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.talkturo.numbers.domain.call.CallProgress;
import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxSwitchboardTest {

    private static final E164Number OURS = E164Number.of("+14155552671");
    private static final Duration LATENCY = Duration.ofSeconds(4);

    private final FakeTime time = new FakeTime("2026-11-23T10:15:30Z");
    private final InMemorySandboxOrders orders = new InMemorySandboxOrders();
    private final Calls calls = new Calls();
    private final List<Scheduled> scheduled = new ArrayList<>();
    private final List<CallProgress> reports = new ArrayList<>();
    private double chance = 0.5;
    private SandboxSwitchboard switchboard = switchboard(0);

    @BeforeEach
    void sellANumber() {
        Instant sold = time.instant().minusSeconds(60);
        orders.add(SandboxOrder.placed(OURS, "pn_1", "SB00000000000000000000000000000001", null, sold, sold));
    }

    @Test
    void placesACallFromANumberItSoldAndReportsItToItsEnd() {
        PlacedCall placed = switchboard.dial(request("call_1", "+13125550199"));

        assertThat(placed.carrierCallId()).matches("SC[0-9a-f]{32}");
        assertThat(placed.status()).isEqualTo(CallStatus.QUEUED);
        runAll();
        assertThat(reports).extracting(CallProgress::status)
                .containsExactly(CallStatus.RINGING, CallStatus.IN_PROGRESS, CallStatus.COMPLETED);
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.callId()).isEqualTo("call_1");
            assertThat(report.provider()).isEqualTo("sandbox");
            assertThat(report.carrierCallId()).isEqualTo(placed.carrierCallId());
        });
        assertThat(scheduled).extracting(Scheduled::delay)
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), LATENCY);
    }

    @Test
    void theNumberCalledDecidesHowTheCallEnds() {
        switchboard.dial(request("call_busy", "+13125550000"));
        switchboard.dial(request("call_quiet", "+13125550001"));
        switchboard.dial(request("call_nowhere", "+13125550002"));
        runAll();

        assertThat(ending("call_busy").status()).isEqualTo(CallStatus.BUSY);
        assertThat(ending("call_busy").failureReason()).contains("busy");
        assertThat(ending("call_quiet").status()).isEqualTo(CallStatus.NO_ANSWER);
        assertThat(ending("call_nowhere").status()).isEqualTo(CallStatus.FAILED);
        assertThat(ending("call_nowhere").failureReason()).contains("does not exist");
        assertThat(reports).filteredOn(report -> report.callId().equals("call_busy")).extracting(CallProgress::status)
                .doesNotContain(CallStatus.IN_PROGRESS);
    }

    @Test
    void aMachineAnswersANumberEndingIn0003AndTheReportsSaySo() {
        switchboard.dial(request("call_machine", "+13125550003"));
        switchboard.dial(request("call_person", "+13125550199"));
        runAll();

        assertThat(reports).filteredOn(report -> report.callId().equals("call_machine"))
                .extracting(CallProgress::status, CallProgress::answeredByMachine)
                .containsExactly(tuple(CallStatus.RINGING, false), tuple(CallStatus.IN_PROGRESS, true),
                        tuple(CallStatus.COMPLETED, true));
        assertThat(reports).filteredOn(report -> report.callId().equals("call_person"))
                .noneMatch(CallProgress::answeredByMachine);
    }

    @Test
    void failsTheFailureRatesShareOfCalls() {
        switchboard = switchboard(1);
        chance = 0.99;

        switchboard.dial(request("call_1", "+13125550199"));
        runAll();

        assertThat(ending("call_1").status()).isEqualTo(CallStatus.FAILED);
        assertThat(ending("call_1").failureReason()).startsWith("The c");
    }

    @Test
    void refusesACallFromANumberItDidNotSell() {
        PlacedCall refused = switchboard.dial(new CallRequest("call_1", E164Number.of("+12125550147"),
                E164Number.of("+13125550199"), null));

        assertThat(refused.carrierCallId()).isNull();
        assertThat(refused.status()).isEqualTo(CallStatus.FAILED);
        assertThat(refused.failureReason()).contains("+12125550147").contains("not a number of the sandbox");
        assertThat(scheduled).isEmpty();
    }

    @Test
    void reportsTheEndOfACallTheServerDidNotLiveToReportOnce() {
        switchboard.dial(request("call_1", "+13125550199"));
        scheduled.clear();
        time.advance(LATENCY.plusSeconds(1));

        assertThat(switchboard.reportEndedCalls()).isEqualTo(1);
        assertThat(switchboard.reportEndedCalls()).isZero();
        assertThat(reports).extracting(CallProgress::status).containsExactly(CallStatus.IN_PROGRESS, CallStatus.COMPLETED);
        assertThat(reports.get(0).occurredAt()).as("when it was answered").isEqualTo(Instant.parse("2026-11-23T10:15:32Z"));
    }

    @Test
    void aReportThatComesLateIsNotToldAfterTheEnd() {
        switchboard.dial(request("call_1", "+13125550199"));
        time.advance(LATENCY.plusSeconds(1));
        switchboard.reportEndedCalls();

        runAll();

        assertThat(reports).extracting(CallProgress::status).containsExactly(CallStatus.IN_PROGRESS, CallStatus.COMPLETED);
    }

    @Test
    void anUnansweredCallsEndIsToldWithoutAnAnswer() {
        switchboard.dial(request("call_busy", "+13125550000"));
        time.advance(LATENCY.plusSeconds(1));

        switchboard.reportEndedCalls();

        assertThat(reports).extracting(CallProgress::status).containsExactly(CallStatus.BUSY);
    }

    private CallProgress ending(String callId) {
        return reports.stream().filter(report -> report.callId().equals(callId) && report.status().isFinal())
                .findFirst().orElseThrow();
    }

    private void runAll() {
        scheduled.stream().sorted(Comparator.comparing(Scheduled::delay)).toList().forEach(task -> task.task().run());
    }

    private static CallRequest request(String reference, String to) {
        return new CallRequest(reference, OURS, E164Number.of(to), "wss://voice.example/stream");
    }

    private SandboxSwitchboard switchboard(double failureRate) {
        return new SandboxSwitchboard(calls, orders, new SandboxSettings(LATENCY, failureRate), time, () -> chance,
                (task, delay) -> scheduled.add(new Scheduled(task, delay)), reports::add);
    }

    private record Scheduled(Runnable task, Duration delay) {
    }

    /** {@link SandboxCalls} in a map. */
    private static final class Calls implements SandboxCalls {

        private final Map<String, SandboxCall> calls = new LinkedHashMap<>();

        @Override
        public void add(SandboxCall call) {
            calls.put(call.carrierCallId(), call);
        }

        @Override
        public Optional<SandboxCall> byCarrierCallId(String carrierCallId) {
            return Optional.ofNullable(calls.get(carrierCallId));
        }

        @Override
        public boolean reported(String carrierCallId, CallStatus status) {
            SandboxCall call = calls.get(carrierCallId);
            if (call == null || !call.reported().canMoveTo(status)) {
                return false;
            }
            calls.put(carrierCallId, new SandboxCall(call.carrierCallId(), call.reference(), call.from(), call.to(),
                    call.outcome(), call.failureReason(), call.placedAt(), call.ringsAt(), call.answersAt(), call.endsAt(),
                    status));
            return true;
        }

        @Override
        public List<SandboxCall> endedUnreported(Instant now, int max) {
            return calls.values().stream().filter(call -> !call.reported().isFinal() && !call.endsAt().isAfter(now))
                    .limit(max).toList();
        }
    }
}
