package ai.talkturo.numbers.benchmark;

import ai.talkturo.numbers.web.webhooks.TwilioSignature;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Twilio's voice webhook for an inbound call to each of the numbers once, in a shuffled order, signed as Twilio
 * signs it (the public URL the server is configured with, the fields sorted by name) and carrying the fields
 * Twilio sends: the call, both parties and their geography. An answer is right when it is {@code 200} with
 * {@code <Connect><Stream>} to the number's own assistant.
 */
final class SignedVoiceWebhooks implements HttpLoad.Requests {

    static final String PATH = "/webhooks/twilio/voice";
    static final String ACCOUNT_SID = "AC5f8e2a9c41d7b3e60f1a2b3c4d5e6f70";
    private static final String[][] PLACES = {
            {"SAN FRANCISCO", "CA", "94103"}, {"SAN FRANCISCO", "CA", "94107"}, {"PALO ALTO", "CA", "94301"},
            {"OAKLAND", "CA", "94607"}, {"WALNUT CREEK", "CA", "94596"}, {"SAN JOSE", "CA", "95113"},
            {"SAN JOSE", "CA", "95131"}, {"SANTA ROSA", "CA", "95404"}, {"SACRAMENTO", "CA", "95814"},
            {"STOCKTON", "CA", "95202"}};
    private static final String[][] CALLERS = {
            {"212", "NEW YORK", "NY", "10001"}, {"312", "CHICAGO", "IL", "60601"}, {"617", "BOSTON", "MA", "02108"},
            {"206", "SEATTLE", "WA", "98101"}, {"512", "AUSTIN", "TX", "78701"}, {"303", "DENVER", "CO", "80202"}};

    private final RoutedNumbers numbers;
    private final int[] order;
    private final byte[][] raw;
    private final HttpRequest[] jdk;

    /**
     * @param publicBaseUrl what the server is told its public URL is; the signature is over this URL, not the one
     *                      the request is sent to
     */
    SignedVoiceWebhooks(RoutedNumbers numbers, URI server, String publicBaseUrl, String authToken, HttpLoad.Kind kind, long seed) {
        this(numbers, server, "", publicBaseUrl, authToken, kind, seed);
    }

    /**
     * @param context the context root the webhook is deployed under on {@code server}, {@code ""} for Numbers; the
     *                signature is over the public URL all the same, as behind a proxy that maps it there
     */
    SignedVoiceWebhooks(RoutedNumbers numbers, URI server, String context, String publicBaseUrl, String authToken,
                        HttpLoad.Kind kind, long seed) {
        this.numbers = numbers;
        int n = numbers.size();
        Random random = new Random(seed);
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        String signedUrl = publicBaseUrl.replaceFirst("/+$", "") + PATH;
        String host = server.getHost() + ":" + server.getPort();
        String path = context + PATH;
        URI target = server.resolve(path);
        raw = kind == HttpLoad.Kind.RAW ? new byte[n][] : null;
        jdk = kind == HttpLoad.Kind.JDK ? new HttpRequest[n] : null;
        for (int k = 0; k < n; k++) {
            Map<String, List<String>> form = form(order[k], random);
            String body = encode(form);
            String signature = TwilioSignature.sign(authToken, signedUrl, form);
            String token = new UUID(random.nextLong(), random.nextLong()).toString();
            if (raw != null) {
                raw[k] = request(host, path, signature, token, body);
            } else {
                jdk[k] = HttpRequest.newBuilder(target)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Twilio-Signature", signature)
                        .header("I-Twilio-Idempotency-Token", token)
                        .header("User-Agent", "TwilioProxy/1.1")
                        .header("Accept", "*/*")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build();
            }
        }
    }

    /** The fields of Twilio's voice webhook for an inbound call to number {@code i}. */
    Map<String, List<String>> form(int i, Random random) {
        String to = numbers.phoneNumber(i);
        String[] place = PLACES[i % PLACES.length];
        String[] caller = CALLERS[random.nextInt(CALLERS.length)];
        String from = "+1" + caller[0] + (200 + random.nextInt(800)) + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
        Map<String, List<String>> form = new LinkedHashMap<>();
        put(form, "AccountSid", ACCOUNT_SID);
        put(form, "ApiVersion", "2010-04-01");
        put(form, "CallSid", "CA" + hex(random) + hex(random));
        put(form, "CallStatus", "ringing");
        put(form, "Called", to);
        put(form, "CalledCity", place[0]);
        put(form, "CalledCountry", "US");
        put(form, "CalledState", place[1]);
        put(form, "CalledZip", place[2]);
        put(form, "Caller", from);
        put(form, "CallerCity", caller[1]);
        put(form, "CallerCountry", "US");
        put(form, "CallerState", caller[2]);
        put(form, "CallerZip", caller[3]);
        put(form, "Direction", "inbound");
        put(form, "From", from);
        put(form, "FromCity", caller[1]);
        put(form, "FromCountry", "US");
        put(form, "FromState", caller[2]);
        put(form, "FromZip", caller[3]);
        put(form, "StirVerstat", "TN-Validation-Passed-A");
        put(form, "To", to);
        put(form, "ToCity", place[0]);
        put(form, "ToCountry", "US");
        put(form, "ToState", place[1]);
        put(form, "ToZip", place[2]);
        return form;
    }

    /** The index of the number that request {@code k} calls. */
    int numberOf(int k) {
        return order[k];
    }

    @Override
    public int count() {
        return order.length;
    }

    @Override
    public byte[] raw(int i) {
        return raw[i];
    }

    @Override
    public HttpRequest jdk(int i) {
        return jdk[i];
    }

    @Override
    public String check(int i, int status, String body) {
        if (status != 200) {
            return "status " + status + ": " + body;
        }
        if (!body.contains("<Connect") || !body.contains("><Stream url=")) {
            return "200 without <Connect><Stream>: " + body;
        }
        String assistant = numbers.assistantId(numbers.assistantOf(order[i]));
        if (!body.contains("value=\"" + assistant + "\"")) {
            return "connected to another assistant than " + assistant;
        }
        return null;
    }

    private static byte[] request(String host, String path, String signature, String token, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + host + "\r\n"
                + "User-Agent: TwilioProxy/1.1\r\n"
                + "Accept: */*\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "X-Twilio-Signature: " + signature + "\r\n"
                + "I-Twilio-Idempotency-Token: " + token + "\r\n"
                + "Content-Length: " + content.length + "\r\n"
                + "\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + content.length);
        request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(content);
        return request.toByteArray();
    }

    static String encode(Map<String, List<String>> form) {
        return form.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(value -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, List<String>> form, String name, String value) {
        form.put(name, List.of(value));
    }

    private static String hex(Random random) {
        return String.format(Locale.ROOT, "%016x", random.nextLong());
    }
}
