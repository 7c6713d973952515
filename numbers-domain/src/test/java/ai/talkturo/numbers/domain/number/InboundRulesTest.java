package ai.talkturo.numbers.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.MutableClock;
import ai.talkturo.numbers.domain.number.NumberChanged.Change;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InboundRulesTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T10:15:30Z");

    @Test
    void blocksWholeNumbersAndPrefixes() {
        BlockedCallers blocked = BlockedCallers.of(List.of("+1900", "+14155550199"));
        assertThat(blocked.blocks("+19005551234")).isTrue();
        assertThat(blocked.blocks("+14155550199")).isTrue();
        assertThat(blocked.blocks("+14155550198")).isFalse();
        assertThat(blocked.blocks("+1415")).isFalse();
        assertThat(blocked.blocks(null)).as("a caller who hides the number").isFalse();
        assertThat(blocked.blocks("anonymous")).isFalse();
    }

    @Test
    void refusesEntriesThatAreNotNumbersAndMoreThanAThousand() {
        assertThatThrownBy(() -> BlockedCallers.entry("1900")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> BlockedCallers.entry("+1 900")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> BlockedCallers.entry("+0900")).isInstanceOf(InvalidValue.class);
        List<String> many = IntStream.range(0, 1001).mapToObj(i -> "+1415555" + String.format("%04d", i)).toList();
        assertThatThrownBy(() -> BlockedCallers.of(many)).isInstanceOf(InvalidValue.class)
                .hasMessageContaining("at most 1000");
        assertThat(BlockedCallers.of(many.subList(0, 1000)).entries()).hasSize(1000);
    }

    @Test
    void reachesAFallbackByNumberOrSipUri() {
        assertThat(Fallback.phoneNumber("+4930901820").target()).isEqualTo("+4930901820");
        assertThat(Fallback.sipUri("sip:frontdesk@pbx.example.com").kind()).isEqualTo(Fallback.Kind.SIP_URI);
        assertThat(Fallback.sipUri("sips:+14155550100@pbx.example.com:5061;transport=tls").target())
                .startsWith("sips:");
        assertThatThrownBy(() -> Fallback.phoneNumber("+1234")).isInstanceOf(InvalidPhoneNumber.class);
        assertThatThrownBy(() -> Fallback.sipUri("http://pbx.example.com")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Fallback.sipUri("sip:front desk@pbx")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Fallback.sipUri("sip:\"><Hangup/>@x")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void isClosedOnlyWithBusinessHoursAndOutsideThem() {
        BusinessHours hours = new BusinessHours(BusinessHours.zone("America/Los_Angeles"),
                List.of(new OpeningHours(Set.of(DayOfWeek.MONDAY), 9 * 60, 17 * 60)), null);
        InboundRules rules = InboundRules.NONE.withBusinessHours(hours);
        assertThat(InboundRules.NONE.isClosedAt(Instant.parse("2026-11-23T03:00:00Z"))).isFalse();
        assertThat(rules.isClosedAt(Instant.parse("2026-11-23T18:00:00Z"))).as("Monday 10:00 PST").isFalse();
        assertThat(rules.isClosedAt(Instant.parse("2026-11-23T03:00:00Z"))).as("Sunday 19:00 PST").isTrue();
        assertThat(InboundRules.NONE.isEmpty()).isTrue();
        assertThat(rules.isEmpty()).isFalse();
    }

    @Test
    void aNumberRecordsItsNewRulesAsAChange() {
        PhoneNumber number = activeNumber();
        InboundRules rules = InboundRules.NONE.withFallback(Fallback.phoneNumber("+14155552672"))
                .withBlockedCallers(BlockedCallers.of(List.of("+1900")));

        number.changeInboundRules(rules, clock);

        assertThat(number.inboundRules()).isEqualTo(rules);
        List<NumberChanged> events = number.pullEvents();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.change()).isEqualTo(Change.INBOUND_RULES_CHANGED);
            assertThat(event.inboundRules()).isEqualTo(rules);
            assertThat(event.previousStatus()).isEqualTo(NumberStatus.ACTIVE);
            assertThat(event.version()).isEqualTo(4);
        });
        number.changeInboundRules(RulesCopy.of(rules), clock);
        assertThat(number.pullEvents()).as("the same rules again change nothing").isEmpty();
    }

    @Test
    void refusesAFallbackThatRingsTheNumberItselfAndRulesOfAReleasedNumber() {
        PhoneNumber number = activeNumber();
        assertThatThrownBy(() -> number.changeInboundRules(
                InboundRules.NONE.withFallback(Fallback.phoneNumber("+14155552671")), clock))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("the number itself");
        number.release(clock);
        number.pullEvents();
        assertThatThrownBy(() -> number.changeInboundRules(InboundRules.NONE, clock)).isInstanceOf(NumberNotActive.class);
        assertThat(number.pullEvents()).isEmpty();
    }

    private PhoneNumber activeNumber() {
        Instant now = clock.instant();
        return PhoneNumber.restore("pn_1", "acc_1", new E164Number("+14155552671"), NumberType.LOCAL,
                NumberStatus.ACTIVE, null, "as_1", false, null, Price.of("1", "1"),
                List.of("voice"), "sandbox", "SB1", now, now, now, 3);
    }

    /** Rules equal to, but not the same object as, the ones given. */
    private static final class RulesCopy {
        static InboundRules of(InboundRules rules) {
            return new InboundRules(rules.fallback(), rules.businessHours(),
                    BlockedCallers.of(new ArrayList<>(rules.blockedCallers().entries())));
        }
    }
}
