package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where Twilio is and who we are there: the API's base URL ({@code https://api.twilio.com}, or a simulator), the
 * Numbers v2 API's for regulatory compliance ({@code https://numbers.twilio.com}) and its host for uploading the
 * documents' files ({@code https://numbers-upload.twilio.com}), the account SID and auth token, the public base URL
 * Twilio calls back for webhooks, and how long to wait for a connection and for an answer.
 */
record TwilioSettings(URI baseUrl, URI numbersBaseUrl, URI uploadBaseUrl, String accountSid, String authToken,
                      URI publicBaseUrl, Duration connectTimeout, Duration readTimeout) {

    private static final Pattern ACCOUNT_SID = Pattern.compile("^AC[0-9a-fA-F]{32}$");

    public TwilioSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(numbersBaseUrl, "numbersBaseUrl");
        Objects.requireNonNull(uploadBaseUrl, "uploadBaseUrl");
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

    /** The URL Twilio posts a regulatory bundle's status changes to. */
    public String bundleCallbackUrl() {
        return publicUrl("/webhooks/twilio/compliance");
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
        return "TwilioSettings[baseUrl=" + baseUrl + ", numbersBaseUrl=" + numbersBaseUrl + ", uploadBaseUrl="
                + uploadBaseUrl + ", accountSid=" + accountSid + ", publicBaseUrl=" + publicBaseUrl
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
