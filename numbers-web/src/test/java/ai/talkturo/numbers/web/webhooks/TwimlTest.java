package ai.talkturo.numbers.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.number.Fallback;
import ai.talkturo.numbers.routing.InboundAnswer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwimlTest {

    @Test
    void connectsTheCallToAStreamWithItsParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("assistantId", "as_1");
        parameters.put("callSid", "CA\"<&>");

        assertThat(Twiml.of(new InboundAnswer.Connect("wss://voice.example/a?x=1&y=2", parameters))).isEqualTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Connect><Stream url=\"wss://voice.example/a?x=1&amp;y=2\">"
                        + "<Parameter name=\"assistantId\" value=\"as_1\"/><Parameter name=\"callSid\" value=\"CA&quot;&lt;&amp;&gt;\"/>"
                        + "</Stream></Connect></Response>");
    }

    @Test
    void escapesEachOfXmlsFiveCharactersWhereverItIsAndLeavesPlainTextAsItIs() {
        assertThat(Twiml.escape("as_01K8ZAA7M030000046WRXWDHVV")).isEqualTo("as_01K8ZAA7M030000046WRXWDHVV");
        assertThat(Twiml.escape("&")).isEqualTo("&amp;");
        assertThat(Twiml.escape("a<b")).isEqualTo("a&lt;b");
        assertThat(Twiml.escape("b>")).isEqualTo("b&gt;");
        assertThat(Twiml.escape("\"q\"")).isEqualTo("&quot;q&quot;");
        assertThat(Twiml.escape("it's")).isEqualTo("it&apos;s");
        assertThat(Twiml.escape("")).isEmpty();
    }

    @Test
    void saysThenHangsUp() {
        assertThat(Twiml.of(new InboundAnswer.SayAndHangUp("Not now.")))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>Not now.</Say><Hangup/></Response>");
    }

    @Test
    void rejects() {
        assertThat(Twiml.of(new InboundAnswer.Reject()))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Reject/></Response>");
    }

    @Test
    void asksWhatNextOnceTheStreamEndsOnlyWhenThereIsAFallback() {
        Map<String, String> parameters = Map.of("assistantId", "as_1");
        String after = "https://numbers.example/webhooks/twilio/voice/after-stream?a=1&b=2";

        assertThat(Twiml.of(new InboundAnswer.Connect("wss://v", parameters, Fallback.phoneNumber("+4930901820")), after))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Connect action=\""
                        + "https://numbers.example/webhooks/twilio/voice/after-stream?a=1&amp;b=2\"><Stream url=\"wss://v\">");
        assertThat(Twiml.of(new InboundAnswer.Connect("wss://v", parameters), after)).contains("<Connect><Stream");
    }

    @Test
    void dialsANumberOrASipUri() {
        assertThat(Twiml.of(new InboundAnswer.Dial(Fallback.phoneNumber("+4930901820"))))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Dial><Number>+4930901820</Number></Dial></Response>");
        assertThat(Twiml.of(new InboundAnswer.Dial(Fallback.sipUri("sip:desk@pbx.example.com;transport=tls"))))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Dial><Sip>sip:desk@pbx.example.com;transport=tls</Sip></Dial></Response>");
    }

    @Test
    void hangsUp() {
        assertThat(Twiml.of(new InboundAnswer.HangUp()))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>");
    }
}
