package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.Fallback;
import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.provisioning.InboundRulesJson.Mistake;
import ai.talkturo.numbers.provisioning.InboundRulesJson.Outcome;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class InboundRulesJsonTest {

    private static final E164Number OWN = new E164Number("+14155550101");
    private static final String FULL = """
            {"fallback": {"phoneNumber": "+4930901820"},
             "businessHours": {"timeZone": "Europe/Berlin", "closedMessage": "Closed.",
                               "open": [{"days": ["mon", "tue"], "from": "08:00", "to": "18:00"},
                                        {"days": ["sat"], "from": "10:00", "to": "24:00"}]},
             "blockedCallers": ["+1900", "+14155550199"]}""";

    @Test
    void readsWhatItWrites() {
        Outcome read = apply(InboundRules.NONE, FULL);

        assertThat(read.mistakes()).isEmpty();
        InboundRules rules = read.rules();
        assertThat(rules.fallback()).isEqualTo(Fallback.phoneNumber("+4930901820"));
        assertThat(rules.businessHours().open()).hasSize(2);
        assertThat(rules.businessHours().open().get(0).days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(rules.businessHours().closedMessage()).isEqualTo("Closed.");
        assertThat(rules.blockedCallers().entries()).containsExactlyInAnyOrder("+1900", "+14155550199");
        String written = InboundRulesJson.json(rules).toString();
        assertThat(apply(InboundRules.NONE, written).rules()).isEqualTo(rules);
        assertThat(written).contains("\"to\":\"24:00\"").contains("\"days\":[\"mon\",\"tue\"]");
    }

    @Test
    void changesOnlyTheFieldsGivenAndRemovesThoseSetToNull() {
        InboundRules rules = apply(InboundRules.NONE, FULL).rules();

        InboundRules changed = apply(rules, "{\"fallback\": {\"sipUri\": \"sip:desk@pbx.example.com\"}, \"blockedCallers\": null}").rules();

        assertThat(changed.fallback().kind()).isEqualTo(Fallback.Kind.SIP_URI);
        assertThat(changed.businessHours()).isEqualTo(rules.businessHours());
        assertThat(changed.blockedCallers().entries()).isEmpty();
        assertThat(apply(rules, "{\"closedMessage\": \"Back soon.\"}").rules().businessHours().closedMessage())
                .isEqualTo("Back soon.");
        assertThat(apply(rules, "null").rules()).isEqualTo(InboundRules.NONE);
    }

    @Test
    void namesEveryBadFieldAndKeepsTheRulesAsTheyWere() {
        InboundRules rules = apply(InboundRules.NONE, FULL).rules();

        Outcome read = apply(rules, """
                {"fallback": {"phoneNumber": "+14155550101"},
                 "businessHours": {"timeZone": "Mars/Olympus", "open": [{"days": ["mon", "xyz"], "from": "9:00", "to": "18:00"},
                                                                     {"days": [], "from": "08:00", "to": "08:00"}]},
                 "blockedCallers": ["+1900", "1800", 7],
                 "colour": "blue"}""");

        assertThat(read.rules()).isEqualTo(rules);
        assertThat(read.mistakes()).extracting(Mistake::field).containsExactlyInAnyOrder(
                "inbound.colour",
                "inbound.fallback.phoneNumber",
                "inbound.businessHours.timeZone",
                "inbound.businessHours.open[0].days[1]",
                "inbound.businessHours.open[0].from",
                "inbound.businessHours.open[1].days",
                "inbound.blockedCallers[1]",
                "inbound.blockedCallers[2]");
    }

    @Test
    void refusesOverlappingHoursAndAFallbackGivenTwice() {
        Outcome read = apply(InboundRules.NONE, """
                {"fallback": {"phoneNumber": "+4930901820", "sipUri": "sip:a@b"},
                 "businessHours": {"timeZone": "UTC", "open": [{"days": ["mon"], "from": "08:00", "to": "12:00"},
                                                             {"days": ["mon"], "from": "11:00", "to": "13:00"}]}}""");

        assertThat(read.mistakes()).containsExactlyInAnyOrder(
                new Mistake("inbound.fallback", "give exactly one of phoneNumber and sipUri"),
                new Mistake("inbound.businessHours.open", "periods 1 and 2 overlap"));
    }

    @Test
    void refusesAThousandAndOneBlockedCallers() {
        StringBuilder many = new StringBuilder("{\"blockedCallers\": [");
        for (int i = 0; i < 1001; i++) {
            many.append(i == 0 ? "" : ",").append("\"+1415555").append(String.format("%04d", i)).append('"');
        }
        Outcome read = apply(InboundRules.NONE, many.append("]}").toString());

        assertThat(read.mistakes()).containsExactly(new Mistake("inbound.blockedCallers", "at most 1000 numbers or prefixes, not 1001"));
    }

    private static Outcome apply(InboundRules current, String json) {
        JsonValue change = Json.createReader(new StringReader(json)).readValue();
        return InboundRulesJson.apply(current, change, "inbound", OWN);
    }
}
