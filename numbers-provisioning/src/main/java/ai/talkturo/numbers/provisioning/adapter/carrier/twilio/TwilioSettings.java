package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where Twilio is and who we are there: the API's base URL ({@code https://api.twilio.com}, or a simulator), the
 * account SID and auth token, the public base URL Twilio calls back for webhooks, and how long to wait for a
 * connection and for an answer.
 */
record TwilioSettings(URI baseUrl, String accountSid, String authToken, URI publicBaseUrl,
                             Duration connectTimeout, Duration readTimeout) {

    private static final Pattern ACCOUNT_SID = Pattern.compile("^AC[0-9a-fA-F]{32}$");

    public TwilioSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        if (accountSid == null || !ACCOUNT_SID.matcher(accountSid).matches()) {
            throw new IllegalArgumentException("A Twilio account SID is AC followed by 32 hexadecimal digits");
        }
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException("A Twilio auth token is needed");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
    }

    /** The URL Twilio posts an inbound call of a number to. */
    public String voiceUrl() {
        return publicUrl("/webhooks/twilio/voice");
    }

    /** The URL Twilio posts status changes to. */
    public String statusCallbackUrl() {
        return publicUrl("/webhooks/twilio/status");
    }

    private String publicUrl(String path) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    @Override
    public String toString() {
        return "TwilioSettings[baseUrl=" + baseUrl + ", accountSid=" + accountSid + ", publicBaseUrl=" + publicBaseUrl
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
