package ai.talkturo.numbers.provisioning.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.number.BlockedCallers;
import ai.talkturo.numbers.domain.number.Fallback;
import ai.talkturo.numbers.domain.number.InboundRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboundRulesColumnTest {

    private final InboundRulesColumn column = new InboundRulesColumn();

    @Test
    void keepsNoTextForANumberWithoutRules() {
        assertThat(column.convertToDatabaseColumn(InboundRules.NONE)).isNull();
        assertThat(column.convertToEntityAttribute(null)).isSameAs(InboundRules.NONE);
    }

    @Test
    void numbersStoredWithTheSameRulesShareOneObject() {
        InboundRules rules = InboundRules.NONE.withFallback(Fallback.sipUri("sip:desk@pbx.example.com"))
                .withBlockedCallers(BlockedCallers.of(List.of("+1900", "+1976")));
        String text = column.convertToDatabaseColumn(rules);

        InboundRules first = column.convertToEntityAttribute(text);
        InboundRules second = column.convertToEntityAttribute(new String(text.toCharArray()));

        assertThat(first).isEqualTo(rules).isSameAs(second);
    }

    @Test
    void refusesToReadTextThatIsNoLongerValidRules() {
        assertThatThrownBy(() -> column.convertToEntityAttribute("{\"blockedCallers\": [\"0900\"]}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inbound.blockedCallers[0]");
    }
}
