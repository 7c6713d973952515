package ai.talkturo.numbers.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.number.NumberStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RouteInboundCallTest {

    private final RoutingTable table = new RoutingTable();
    private final RouteInboundCall routing = new RouteInboundCall(table, "wss://voice.example/assistants/{assistantId}/stream");

    @Test
    void anActiveAssignedNumberConnectsToItsAssistantsStream() {
        table.offer(new Route("+14155550101", "pn_1", "acc_1", "as_7", NumberStatus.ACTIVE, 2));

        InboundAnswer answer = routing.answer("+14155550101", "CA123");

        assertThat(answer).isInstanceOf(InboundAnswer.Connect.class);
        InboundAnswer.Connect connect = (InboundAnswer.Connect) answer;
        assertThat(connect.streamUrl()).isEqualTo("wss://voice.example/assistants/as_7/stream");
        assertThat(connect.parameters()).containsExactly(
                java.util.Map.entry("assistantId", "as_7"), java.util.Map.entry("accountId", "acc_1"),
                java.util.Map.entry("phoneNumberId", "pn_1"), java.util.Map.entry("callSid", "CA123"));
    }

    @Test
    void anActiveNumberWithoutAnAssistantSaysSoAndHangsUp() {
        table.offer(new Route("+14155550101", "pn_1", "acc_1", null, NumberStatus.ACTIVE, 2));

        assertThat(routing.answer("+14155550101", "CA1")).isEqualTo(new InboundAnswer.SayAndHangUp(RouteInboundCall.NO_ASSISTANT));
    }

    @Test
    void aSuspendedNumberSaysSoAndHangsUp() {
        table.offer(new Route("+14155550101", "pn_1", "acc_1", "as_1", NumberStatus.SUSPENDED, 2));

        assertThat(routing.answer("+14155550101", "CA1")).isEqualTo(new InboundAnswer.SayAndHangUp(RouteInboundCall.SUSPENDED));
    }

    @ParameterizedTest
    @EnumSource(value = NumberStatus.class, names = {"PURCHASING", "ERROR", "RELEASED"})
    void aNumberThatDoesNotTakeCallsIsRejected(NumberStatus status) {
        table.offer(new Route("+14155550101", "pn_1", "acc_1", null, status, 2));

        assertThat(routing.answer("+14155550101", "CA1")).isEqualTo(new InboundAnswer.Reject());
    }

    @Test
    void anUnknownNumberIsRejected() {
        assertThat(routing.answer("+14155559999", "CA1")).isEqualTo(new InboundAnswer.Reject());
    }
}
