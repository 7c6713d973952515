package ai.talkturo.numbers.routing.adapter.twiml;

import ai.talkturo.numbers.routing.InboundAnswer;
import java.util.Map;

/** Writes an {@link InboundAnswer} as TwiML (and TeXML, which reads the same verbs). */
public final class Twiml {

    private static final String PROLOGUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String REJECT = PROLOGUE + "<Response><Reject/></Response>";

    private Twiml() {
    }

    public static String of(InboundAnswer answer) {
        if (answer instanceof InboundAnswer.Connect connect) {
            StringBuilder xml = new StringBuilder(256).append(PROLOGUE)
                    .append("<Response><Connect><Stream url=\"").append(escape(connect.streamUrl())).append("\">");
            for (Map.Entry<String, String> parameter : connect.parameters().entrySet()) {
                xml.append("<Parameter name=\"").append(escape(parameter.getKey()))
                        .append("\" value=\"").append(escape(parameter.getValue())).append("\"/>");
            }
            return xml.append("</Stream></Connect></Response>").toString();
        }
        if (answer instanceof InboundAnswer.SayAndHangUp say) {
            return PROLOGUE + "<Response><Say>" + escape(say.message()) + "</Say><Hangup/></Response>";
        }
        return REJECT;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
