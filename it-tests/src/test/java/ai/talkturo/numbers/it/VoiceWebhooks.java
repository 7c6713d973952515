package ai.talkturo.numbers.it;

import ai.talkturo.numbers.web.webhooks.TwilioSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A carrier calling a deployment's voice webhooks the way Twilio and Telnyx do, with valid signatures. */
final class VoiceWebhooks {

    static final String PUBLIC_BASE_URL = "https://numbers.example.com";
    static final String TWILIO_TOKEN = "it-twilio-auth-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URL deployment;
    private final KeyPair telnyxKeys;

    VoiceWebhooks(URL deployment, KeyPair telnyxKeys) {
        this.deployment = deployment;
        this.telnyxKeys = telnyxKeys;
    }

    static KeyPair telnyxKeys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The settings a deployment needs to take these webhooks. */
    static Map<String, String> settings(KeyPair telnyxKeys) {
        byte[] x509 = telnyxKeys.getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(x509, x509.length - 32, x509.length);
        return Map.of(
                "numbers.public-base-url", PUBLIC_BASE_URL,
                "numbers.twilio.auth-token", TWILIO_TOKEN,
                "numbers.telnyx.public-key", Base64.getEncoder().encodeToString(raw),
                "numbers.assistant-stream-url", "wss://voice.example.com/assistants/{assistantId}/stream");
    }

    /** The fields of a call from {@code from} to {@code to}, as both carriers post them. */
    static Map<String, List<String>> call(String from, String to, String callSid, String status) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("CallSid", List.of(callSid));
        form.put("AccountSid", List.of("AC0000000000000000000000000000000a"));
        form.put("From", List.of(from));
        form.put("To", List.of(to));
        form.put("CallStatus", List.of(status));
        form.put("Direction", List.of("inbound"));
        return form;
    }

    /** Posts {@code form} to Twilio's webhook at {@code path} (such as {@code /webhooks/twilio/voice}), signed. */
    HttpResponse<String> twilio(String path, Map<String, List<String>> form) throws IOException, InterruptedException {
        return twilio(path, form, TWILIO_TOKEN);
    }

    /** As {@link #twilio(String, Map)}, signed with the auth token of the account the number is in. */
    HttpResponse<String> twilio(String path, Map<String, List<String>> form, String authToken)
            throws IOException, InterruptedException {
        String signature = TwilioSignature.sign(authToken, PUBLIC_BASE_URL + path, form);
        return HTTP.send(HttpRequest.newBuilder(Api.resolve(deployment, path.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code form} to Telnyx's TeXML webhook at {@code path}, signed now. */
    HttpResponse<String> telnyx(String path, Map<String, List<String>> form) throws Exception {
        String body = body(form);
        long timestamp = Instant.now().getEpochSecond();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(telnyxKeys.getPrivate());
        signer.update((timestamp + "|" + body).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(Api.resolve(deployment, path.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("telnyx-timestamp", Long.toString(timestamp))
                .header("telnyx-signature-ed25519", Base64.getEncoder().encodeToString(signer.sign()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(Map<String, List<String>> form) {
        return form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue().get(0), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
