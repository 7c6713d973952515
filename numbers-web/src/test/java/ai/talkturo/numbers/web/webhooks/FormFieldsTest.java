package ai.talkturo.numbers.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

    @Test
    void readsEveryFieldDecodedInTheOrderSent() {
        Map<String, List<String>> fields = FormFields.parse("To=%2B14155550101&CallSid=CA1&ToCity=SAN+FRANCISCO&Empty=&Flag");

        assertThat(fields).containsExactly(Map.entry("To", List.of("+14155550101")), Map.entry("CallSid", List.of("CA1")),
                Map.entry("ToCity", List.of("SAN FRANCISCO")), Map.entry("Empty", List.of("")), Map.entry("Flag", List.of("")));
        assertThat(FormFields.first(fields, "To")).isEqualTo("+14155550101");
        assertThat(FormFields.first(fields, "From")).isNull();
    }

    @Test
    void keepsEveryValueOfARepeatedName() {
        assertThat(FormFields.parse("Digits=1&Digits=2&&x=%C3%A9")).containsEntry("Digits", List.of("1", "2"))
                .containsEntry("x", List.of("é"));
    }

    @Test
    void anEmptyBodyHasNoFields() {
        assertThat(FormFields.parse("")).isEmpty();
    }

    @Test
    void refusesABrokenPercentEncoding() {
        assertThatThrownBy(() -> FormFields.parse("To=%2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not validly encoded");
        assertThatThrownBy(() -> FormFields.parse("To=%ZZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ourNumberIsTheCalledOneInboundAndTheCallerOutbound() {
        assertThat(FormFields.ourNumber(FormFields.parse("From=%2B1415&To=%2B1312&Direction=inbound"))).isEqualTo("+1312");
        assertThat(FormFields.ourNumber(FormFields.parse("From=%2B1415&To=%2B1312"))).isEqualTo("+1312");
        assertThat(FormFields.ourNumber(FormFields.parse("From=%2B1415&To=%2B1312&Direction=outbound-api"))).isEqualTo("+1415");
    }
}
