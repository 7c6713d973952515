package ai.talkturo.numbers.web.webhooks;

import ai.talkturo.numbers.domain.InvalidValue;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body, in the order sent, each name with all its values:
 * what a carrier's signature is computed over.
 */
final class FormFields {

    /** A voice webhook has about thirty fields: room for them without growing the map. */
    private static final int EXPECTED_FIELDS = 32;

    private FormFields() {
    }

    /** @throws InvalidValue when a name or value is not validly percent-encoded */
    static Map<String, List<String>> parse(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>(EXPECTED_FIELDS * 2);
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.computeIfAbsent(name, key -> new ArrayList<>(1)).add(value);
        }
        return fields;
    }

    /**
     * The number of ours in a TwiML or TeXML voice request: {@code To} for an inbound call, {@code From} for an
     * outbound one, whose callee answered and whose assistant takes over.
     */
    static String ourNumber(Map<String, List<String>> fields) {
        return first(fields, isOutbound(fields) ? "From" : "To");
    }

    /**
     * Whether the carrier says a machine (a voicemail box, a fax) rather than a person answered: Twilio's and TeXML's
     * {@code AnsweredBy} of {@code machine_start}, {@code machine_end_beep}, … or {@code fax}.
     */
    static boolean answeredByMachine(Map<String, List<String>> fields) {
        String answeredBy = first(fields, "AnsweredBy");
        return answeredBy != null && (answeredBy.startsWith("machine") || answeredBy.equals("fax"));
    }

    /** Whether the request is about a call we placed rather than one that came in. */
    static boolean isOutbound(Map<String, List<String>> fields) {
        String direction = first(fields, "Direction");
        return direction != null && direction.startsWith("outbound");
    }

    static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String decode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidValue("the form is not validly encoded: " + malformed.getMessage(), malformed);
        }
    }
}
