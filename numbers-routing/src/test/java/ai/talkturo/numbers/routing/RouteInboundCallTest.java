package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.number.BlockedCallers;
import ai.talkturo.numbers.domain.number.BusinessHours;
import ai.talkturo.numbers.domain.number.Fallback;
import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.OpeningHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RouteInboundCallTest {

    private final RoutingTable table = new RoutingTable();
    /** Monday 23 November 2026, 10:00 in Berlin. */
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final RouteInboundCall routing = new RouteInboundCall(table, "wss://voice.example/assistants/{assistantId}/stream",
            clock);
    private final Fallback desk = Fallback.phoneNumber("+4930901820");
    private final BusinessHours officeHours = new BusinessHours(BusinessHours.zone("Europe/Berlin"), List.of(
            new OpeningHours(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), 8 * 60, 18 * 60)), "We are closed.");

    @Test
    void anActiveAssignedNumberConnectsToItsAssistantsStream() {
        table.offer(new Route("+14155550101", "pn_1", "acc_1", "as_7", NumberStatus.ACTIVE, 2));

        InboundAnswer answer = routing.answer("+14155550101", "+14155550000", "CA123");

        assertThat(answer).isInstanceOf(InboundAnswer.Connect.class);
        InboundAnswer.Connect connect = (InboundAnswer.Connect) answer;
        assertThat(connect.streamUrl()).isEqualTo("wss://voice.example/assistants/as_7/stream");
        assertThat(connect.parameters()).containsExactly(
                java.util.Map.entry("assistantId", "as_7"), java.util.Map.entry("accountId", "acc_1"),
                java.util.Map.entry("phoneNumberId", "pn_1"), java.util.Map.entry("callSid", "CA123"));
    }

    @Test
    void theStreamUrlNamesTheAssistantWhereverItsPlaceholderIs() {
        table.offer(new Route("+14155550101", "pn_1", "acc_1", "as_7", NumberStatus.ACTIVE, 2));
        for (String[] urls : new String[][] {
                {"wss://voice.example/{assistantId}", "wss://voice.example/as_7"},
                {"wss://voice.example/{assistantId}/stream?for={assistantId}", "wss://voice.example/as_7/stream?for=as_7"},
                {"wss://voice.example/stream", "wss://voice.example/stream"}}) {
            InboundAnswer answer = new RouteInboundCall(table, urls[0], clock).answer("+14155550101", null, "CA1");

            assertThat(((InboundAnswer.Connect) answer).streamUrl()).isEqualTo(urls[1]);
        }
    }

    @Test
    void anActiveNumberWithoutAnAssistantSaysSoAndHangsUp() {
        table.offer(new Route("+14155550101", "pn_1", "acc_1", null, NumberStatus.ACTIVE, 2));

        assertThat(routing.answer("+14155550101", "+14155550000", "CA1")).isEqualTo(new InboundAnswer.SayAndHangUp(RouteInboundCall.NO_ASSISTANT));
    }

    @Test
    void aSuspendedNumberSaysSoAndHangsUp() {
        table.offer(new Route("+14155550101", "pn_1", "acc_1", "as_1", NumberStatus.SUSPENDED, 2));

        assertThat(routing.answer("+14155550101", "+14155550000", "CA1")).isEqualTo(new InboundAnswer.SayAndHangUp(RouteInboundCall.SUSPENDED));
    }

    @ParameterizedTest
    @EnumSource(value = NumberStatus.class, names = {"PURCHASING", "ERROR", "RELEASED"})
    void aNumberThatDoesNotTakeCallsIsRejected(NumberStatus status) {
        table.offer(new Route("+14155550101", "pn_1", "acc_1", null, status, 2));

        assertThat(routing.answer("+14155550101", "+14155550000", "CA1")).isEqualTo(new InboundAnswer.Reject());
    }

    @Test
    void anUnknownNumberIsRejected() {
        assertThat(routing.answer("+14155559999", "+14155550000", "CA1")).isEqualTo(new InboundAnswer.Reject());
    }

    @Test
    void aBlockedCallerIsRejectedWhateverTheHours() {
        route("as_7", InboundRules.NONE.withBlockedCallers(BlockedCallers.of(List.of("+1900"))).withFallback(desk));

        InboundDecision decision = routing.decide("+14155550101", "+19005550123", "CA1");

        assertThat(decision.answer()).isEqualTo(new InboundAnswer.Reject());
        assertThat(decision.rule()).isEqualTo("blockedCallers");
        assertThat(routing.answer("+14155550101", "+14155550000", "CA1")).isInstanceOf(InboundAnswer.Connect.class);
        assertThat(routing.answer("+14155550101", null, "CA1")).as("a hidden caller").isInstanceOf(InboundAnswer.Connect.class);
    }

    @Test
    void outsideBusinessHoursTheCallGoesToTheFallbackOrHearsTheClosedMessage() {
        route("as_7", InboundRules.NONE.withBusinessHours(officeHours).withFallback(desk));
        assertThat(routing.answer("+14155550101", "+14155550000", "CA1")).isInstanceOf(InboundAnswer.Connect.class);

        clock.set(Instant.parse("2026-11-23T17:00:00Z"));
        InboundDecision closed = routing.decide("+14155550101", "+14155550000", "CA1");
        assertThat(closed.answer()).isEqualTo(new InboundAnswer.Dial(desk));
        assertThat(closed.rule()).isEqualTo("businessHours");

        route("as_7", InboundRules.NONE.withBusinessHours(officeHours), 3);
        assertThat(routing.answer("+14155550101", "+14155550000", "CA1"))
                .isEqualTo(new InboundAnswer.SayAndHangUp("We are closed."));
    }

    @Test
    void aNumberWithoutAnAssistantGoesToItsFallback() {
        route(null, InboundRules.NONE.withFallback(Fallback.sipUri("sip:desk@pbx.example.com")));

        InboundDecision decision = routing.decide("+14155550101", "+14155550000", "CA1");

        assertThat(decision.answer()).isEqualTo(new InboundAnswer.Dial(Fallback.sipUri("sip:desk@pbx.example.com")));
        assertThat(decision.rule()).isEqualTo("fallback");
    }

    @Test
    void aConnectedCallCarriesItsFallbackForWhenTheStreamEnds() {
        route("as_7", InboundRules.NONE.withFallback(desk));

        InboundAnswer.Connect connect = (InboundAnswer.Connect) routing.answer("+14155550101", "+14155550000", "CA1");

        assertThat(connect.fallback()).isEqualTo(desk);
        assertThat(routing.afterStream("+14155550101", "in-progress")).isEqualTo(new InboundAnswer.Dial(desk));
        assertThat(routing.afterStream("+14155550101", "completed")).isEqualTo(new InboundAnswer.HangUp());
        assertThat(routing.afterStream("+14155559999", "in-progress"))
                .isEqualTo(new InboundAnswer.SayAndHangUp(RouteInboundCall.STREAM_LOST));
    }

    @Test
    void aSuspendedNumberIgnoresItsFallback() {
        table.offer(new Route("+14155550101", "pn_1", "acc_1", "as_1", NumberStatus.SUSPENDED, 2,
                InboundRules.NONE.withFallback(desk)));

        assertThat(routing.answer("+14155550101", "+14155550000", "CA1"))
                .isEqualTo(new InboundAnswer.SayAndHangUp(RouteInboundCall.SUSPENDED));
        assertThat(routing.afterStream("+14155550101", "in-progress"))
                .isEqualTo(new InboundAnswer.SayAndHangUp(RouteInboundCall.STREAM_LOST));
    }

    private void route(String assistantId, InboundRules rules) {
        route(assistantId, rules, 2);
    }

    private void route(String assistantId, InboundRules rules, long version) {
        table.offer(new Route("+14155550101", "pn_1", "acc_1", assistantId, NumberStatus.ACTIVE, version, rules));
    }

    @Test
    void anOutboundCallOfOursIsHandedToTheAssistantWhateverTheInboundRules() {
        route("as_7", InboundRules.NONE.withBusinessHours(officeHours).withFallback(desk)
                .withBlockedCallers(BlockedCallers.of(List.of("+1"))));
        clock.set(Instant.parse("2026-11-23T22:00:00Z"));

        InboundAnswer.Connect connect = (InboundAnswer.Connect) routing.answerPlacedCall("+14155550101", "CA9");

        assertThat(connect.fallback()).isNull();
        assertThat(connect.parameters()).containsEntry("callSid", "CA9");
    }
}
