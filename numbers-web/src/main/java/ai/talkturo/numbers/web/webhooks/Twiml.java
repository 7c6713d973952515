package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.domain.number.Fallback;
import ai.talkturo.numbers.routing.InboundAnswer;
import java.util.Map;

/** Writes an {@link InboundAnswer} as TwiML (and TeXML, which reads the same verbs). */
final class Twiml {

    private static final String PROLOGUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final String REJECT = PROLOGUE + "<Response><Reject/></Response>";
    private static final String HANG_UP = PROLOGUE + "<Response><Hangup/></Response>";

    private Twiml() {
    }

    /** The answer of a call with no fallback to go on to once its stream ends. */
    /** Ends the call at once. */
    public static String hangUp() {
        return HANG_UP;
    }

    public static String of(InboundAnswer answer) {
        return of(answer, null);
    }

    /**
     * @param afterStreamUrl where the carrier asks what next once the assistant's stream ends ({@code <Connect
     *                       action>}), used when the answer has a fallback to go on to
     */
    public static String of(InboundAnswer answer, String afterStreamUrl) {
        if (answer instanceof InboundAnswer.Connect connect) {
            StringBuilder xml = new StringBuilder(256).append(PROLOGUE).append("<Response><Connect");
            if (connect.fallback() != null && afterStreamUrl != null) {
                xml.append(" action=\"").append(escape(afterStreamUrl)).append('"');
            }
            xml.append("><Stream url=\"").append(escape(connect.streamUrl())).append("\">");
            for (Map.Entry<String, String> parameter : connect.parameters().entrySet()) {
                xml.append("<Parameter name=\"").append(escape(parameter.getKey()))
                        .append("\" value=\"").append(escape(parameter.getValue())).append("\"/>");
            }
            return xml.append("</Stream></Connect></Response>").toString();
        }
        if (answer instanceof InboundAnswer.SayAndHangUp say) {
            return PROLOGUE + "<Response><Say>" + escape(say.message()) + "</Say><Hangup/></Response>";
        }
        if (answer instanceof InboundAnswer.Dial dial) {
            return PROLOGUE + "<Response><Dial>" + noun(dial.fallback()) + "</Dial></Response>";
        }
        if (answer instanceof InboundAnswer.HangUp) {
            return HANG_UP;
        }
        return REJECT;
    }

    private static String noun(Fallback fallback) {
        String target = escape(fallback.target());
        return fallback.kind() == Fallback.Kind.SIP_URI ? "<Sip>" + target + "</Sip>" : "<Number>" + target + "</Number>";
    }

    static String escape(String text) {
        if (!needsEscaping(text)) {
            return text;
        }
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

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '&', '<', '>', '"', '\'' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
