package ai.talkturo.numbers.domain.number;

import ai.talkturo.numbers.domain.InvalidValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a call goes when the assistant cannot take it: a phone number in E.164 form or a SIP URI, such as a person at
 * the front desk or the company's own switchboard.
 */
public record Fallback(Kind kind, String target) {

    /** A SIP or SIPS URI: an optional user part, a host, an optional port and parameters; no spaces or quotes. */
    private static final Pattern SIP_URI = Pattern.compile(
            "sips?:([A-Za-z0-9\\-_.!~*'()&=+$,;?/%]+@)?[A-Za-z0-9]([A-Za-z0-9.\\-]*[A-Za-z0-9])?(:[0-9]{1,5})?(;[A-Za-z0-9\\-_.!~*'()%=;]*)?");
    private static final int LONGEST_URI = 255;

    /** How the fallback is reached, named as the API names it. */
    public enum Kind {
        PHONE_NUMBER("phoneNumber"),
        SIP_URI("sipUri");

        private final String apiName;

        Kind(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    public Fallback {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
    }

    /** @throws InvalidPhoneNumber unless {@code e164} is a valid number in E.164 form */
    public static Fallback phoneNumber(String e164) {
        return new Fallback(Kind.PHONE_NUMBER, new E164Number(e164).value());
    }

    /** @throws InvalidValue unless {@code uri} is a {@code sip:} or {@code sips:} URI with a host */
    public static Fallback sipUri(String uri) {
        if (uri == null || uri.length() > LONGEST_URI || !SIP_URI.matcher(uri).matches()) {
            throw new InvalidValue("must be a SIP URI such as sip:frontdesk@pbx.example.com, at most " + LONGEST_URI
                    + " characters");
        }
        return new Fallback(Kind.SIP_URI, uri);
    }

    /** Whether calling the fallback would ring {@code number} itself, which would send the call round in a loop. */
    public boolean rings(E164Number number) {
        return kind == Kind.PHONE_NUMBER && target.equals(number.value());
    }
}
