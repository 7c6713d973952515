package ai.talkturo.numbers.domain.call;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.number.E164Number;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);

    private Call call() {
        return Call.start("acc_1", "as_1", "pn_1", E164Number.of("+14155552671"), E164Number.of("+13125550199"), "twilio",
                null, null, clock);
    }

    @Test
    void startsQueuedWithoutTheCarriersIdAndSaysSo() {
        Call call = call();

        assertThat(call.id()).startsWith("call_");
        assertThat(call.status()).isEqualTo(CallStatus.QUEUED);
        assertThat(call.carrierCallId()).isNull();
        assertThat(call.pullEvents()).singleElement().satisfies(event -> {
            assertThat(event.previousStatus()).isNull();
            assertThat(event.status()).isEqualTo(CallStatus.QUEUED);
            assertThat(event.from()).isEqualTo("+14155552671");
        });
        assertThat(call.pullEvents()).isEmpty();
    }

    @Test
    void followsTheCarrierForwardAndKeepsWhenItWasAnsweredAndEnded() {
        Call call = call();
        Instant later = clock.instant().plusSeconds(5);

        call.placed("CA1", CallStatus.QUEUED, clock.instant());
        call.advance(CallStatus.RINGING, null, clock.instant());
        call.advance(CallStatus.IN_PROGRESS, null, later);
        call.advance(CallStatus.COMPLETED, null, later.plusSeconds(60));

        assertThat(call.carrierCallId()).isEqualTo("CA1");
        assertThat(call.answeredAt()).isEqualTo(later);
        assertThat(call.endedAt()).isEqualTo(later.plusSeconds(60));
        assertThat(call.failureReason()).isNull();
        assertThat(call.pullEvents()).extracting(CallStatusChanged::status).containsExactly(CallStatus.QUEUED,
                CallStatus.RINGING, CallStatus.IN_PROGRESS, CallStatus.COMPLETED);
    }

    @Test
    void aLateOrRepeatedReportChangesNothing() {
        Call call = call();
        call.advance(CallStatus.IN_PROGRESS, null, clock.instant());
        call.pullEvents();

        assertThat(call.advance(CallStatus.RINGING, null, clock.instant())).isFalse();
        assertThat(call.advance(CallStatus.IN_PROGRESS, null, clock.instant())).isFalse();
        assertThat(call.status()).isEqualTo(CallStatus.IN_PROGRESS);
        assertThat(call.pullEvents()).isEmpty();
    }

    @Test
    void anAnswerReportedAfterTheEndStillSaysWhenTheCallWasAnswered() {
        Call call = call();
        Instant answered = clock.instant().plusSeconds(2);
        Instant ended = clock.instant().plusSeconds(9);
        call.advance(CallStatus.COMPLETED, null, ended);
        call.pullEvents();

        assertThat(call.advance(CallStatus.IN_PROGRESS, null, answered)).isFalse();

        assertThat(call.status()).isEqualTo(CallStatus.COMPLETED);
        assertThat(call.answeredAt()).isEqualTo(answered);
        assertThat(call.endedAt()).isEqualTo(ended);
        assertThat(call.pullEvents()).isEmpty();
        call.advance(CallStatus.IN_PROGRESS, null, ended.plusSeconds(1));
        assertThat(call.answeredAt()).as("the first answer counts").isEqualTo(answered);
    }

    @Test
    void aCallThatEndedUnansweredIsNeverMarkedAnswered() {
        Call call = call();
        call.advance(CallStatus.BUSY, null, clock.instant());

        call.advance(CallStatus.IN_PROGRESS, null, clock.instant().plusSeconds(1));

        assertThat(call.answeredAt()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = CallStatus.class, names = {"COMPLETED", "BUSY", "FAILED", "NO_ANSWER", "CANCELED"})
    void nothingMovesAnEndedCall(CallStatus end) {
        Call call = call();
        call.advance(end, null, clock.instant());

        for (CallStatus next : CallStatus.values()) {
            assertThat(call.advance(next, "late", clock.instant())).isFalse();
        }
        assertThat(call.status()).isEqualTo(end);
    }

    @Test
    void aCallEndedUnansweredKeepsTheCarriersReasonOrItsOwnWords() {
        Call busy = call();
        busy.advance(CallStatus.BUSY, null, clock.instant());
        Call refused = call();
        refused.failToPlace("Twilio refused: 21215 geographic permissions", clock.instant());

        assertThat(busy.failureReason()).isEqualTo("The line was busy.");
        assertThat(refused.status()).isEqualTo(CallStatus.FAILED);
        assertThat(refused.failureReason()).contains("21215");
    }

    @Test
    void keepsTheFirstCarrierIdItLearns() {
        Call call = call();
        call.learnCarrierCallId("CA1", clock.instant());
        call.placed("CA2", CallStatus.QUEUED, clock.instant());

        assertThat(call.carrierCallId()).isEqualTo("CA1");
    }
}
