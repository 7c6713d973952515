package ai.talkturo.numbers.web.webhooks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's {@code X-Twilio-Signature}: Base64 of the HMAC-SHA1, keyed with the account's auth token, of the full URL
 * Twilio called followed by every POST field as its name then its value, sorted by name (values of a repeated name
 * sorted too), with no separators. Compared in constant time.
 *
 * <p>Twilio is not consistent about default ports: {@link #verifyWithOrWithoutDefaultPort} accepts the URL both with
 * and without an explicit {@code :443} ({@code :80} for http). Behind a proxy, build the URL from
 * {@code numbers.public-base-url}, not from the request.
 */
public final class TwilioSignature {

    /** The header Twilio signs its webhooks in. */
    public static final String HEADER = "X-Twilio-Signature";
    private static final String HMAC_SHA1 = "HmacSHA1";
    /** Room for what a voice webhook signs (its URL and some thirty fields) without growing. */
    private static final int SIGNED_LENGTH = 1024;

    private TwilioSignature() {
    }

    /** Whether {@code signatureHeader} is Twilio's signature of this URL and these form fields; false when it is missing. */
    public static boolean verify(String authToken, String url, Map<String, List<String>> formParams, String signatureHeader) {
        if (authToken == null || authToken.isEmpty() || url == null || signatureHeader == null || signatureHeader.isBlank()) {
            return false;
        }
        byte[] expected = sign(authToken, url, formParams).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signatureHeader.strip().getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether the signature verifies for any of these URLs, each tried in full. */
    public static boolean verifyAny(String authToken, Collection<String> candidateUrls, Map<String, List<String>> formParams,
                                    String signatureHeader) {
        return candidateUrls != null
                && candidateUrls.stream().anyMatch(url -> verify(authToken, url, formParams, signatureHeader));
    }

    /** {@link #verify} for the URL as given and for its twin with or without the scheme's default port. */
    public static boolean verifyWithOrWithoutDefaultPort(String authToken, String url, Map<String, List<String>> formParams,
                                                         String signatureHeader) {
        if (url == null) {
            return false;
        }
        if (verify(authToken, url, formParams, signatureHeader)) {
            return true;
        }
        List<String> twins = withAndWithoutDefaultPort(url);
        return verifyAny(authToken, twins.subList(1, twins.size()), formParams, signatureHeader);
    }

    /**
     * The URL as given, then the same URL with the scheme's default port written out if it had none, or left out if
     * it had it: {@code https://a.example/x} → {@code [https://a.example/x, https://a.example:443/x]}. A URL with
     * another port, or one that is not http(s), is only itself. Path and query are kept exactly as given.
     */
    public static List<String> withAndWithoutDefaultPort(String url) {
        List<String> urls = new ArrayList<>(List.of(url));
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return urls;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -1;
        };
        String authority = uri.getRawAuthority();
        if (defaultPort < 0 || authority == null) {
            return urls;
        }
        int authorityStart = url.indexOf("//") + 2;
        int authorityEnd = authorityStart + authority.length();
        if (!url.startsWith(authority, authorityStart)) {
            return urls;
        }
        String twin;
        if (uri.getPort() == -1) {
            twin = authority + ":" + defaultPort;
        } else if (uri.getPort() == defaultPort) {
            twin = authority.substring(0, authority.lastIndexOf(':'));
        } else {
            return urls;
        }
        urls.add(url.substring(0, authorityStart) + twin + url.substring(authorityEnd));
        return urls;
    }

    /** Twilio's signature of this URL and these form fields. */
    public static String sign(String authToken, String url, Map<String, List<String>> formParams) {
        StringBuilder data = new StringBuilder(SIGNED_LENGTH).append(url);
        if (formParams != null) {
            String[] names = formParams.keySet().toArray(new String[0]);
            Arrays.sort(names);
            for (String name : names) {
                List<String> values = formParams.get(name);
                if (values == null) {
                    continue;
                }
                String[] sorted = new String[values.size()];
                for (int i = 0; i < sorted.length; i++) {
                    String value = values.get(i);
                    sorted[i] = value == null ? "" : value;
                }
                if (sorted.length > 1) {
                    Arrays.sort(sorted);
                }
                for (String value : sorted) {
                    data.append(name).append(value);
                }
            }
        }
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC_SHA1));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 is part of every Java runtime", e);
        }
    }
}
