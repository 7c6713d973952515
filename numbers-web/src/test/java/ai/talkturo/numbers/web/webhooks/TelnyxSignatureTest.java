package ai.talkturo.numbers.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelnyxSignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final String BODY = """
            {"data": {"event_type": "number_order.complete", "id": "0ccc7b54", "payload": {"status": "success"}, \
            "record_type": "event"}, "meta": {"attempt": 1}}""";

    private KeyPair telnyx;
    private String publicKey;

    @BeforeEach
    void makeTelnyxsKeys() throws GeneralSecurityException {
        telnyx = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        publicKey = rawBase64(telnyx);
    }

    @Test
    void acceptsABodySignedWithTelnyxsKeyJustNow() throws GeneralSecurityException {
        String timestamp = seconds(NOW);

        assertThat(verify(publicKey, timestamp, BODY, sign(telnyx.getPrivate(), timestamp, BODY))).isTrue();
    }

    @Test
    void acceptsTimestampsUpToFiveMinutesEitherWay() throws GeneralSecurityException {
        for (String timestamp : new String[] {seconds(NOW.minusSeconds(300)), seconds(NOW.plusSeconds(300))}) {
            assertThat(verify(publicKey, timestamp, BODY, sign(telnyx.getPrivate(), timestamp, BODY))).isTrue();
        }
    }

    @Test
    void acceptsTheKeyInItsX509Encoding() throws GeneralSecurityException {
        String timestamp = seconds(NOW);
        String x509 = Base64.getEncoder().encodeToString(telnyx.getPublic().getEncoded());

        assertThat(verify(x509, timestamp, BODY, sign(telnyx.getPrivate(), timestamp, BODY))).isTrue();
    }

    @Test
    void refusesATamperedBody() throws GeneralSecurityException {
        String timestamp = seconds(NOW);
        String signature = sign(telnyx.getPrivate(), timestamp, BODY);

        assertThat(verify(publicKey, timestamp, BODY.replace("success", "failure"), signature)).isFalse();
    }

    @Test
    void refusesATamperedTimestamp() throws GeneralSecurityException {
        String signature = sign(telnyx.getPrivate(), seconds(NOW.minusSeconds(10)), BODY);

        assertThat(verify(publicKey, seconds(NOW), BODY, signature)).isFalse();
    }

    @Test
    void refusesASignatureMadeWithAnotherKey() throws GeneralSecurityException {
        String timestamp = seconds(NOW);
        KeyPair someoneElse = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        assertThat(verify(publicKey, timestamp, BODY, sign(someoneElse.getPrivate(), timestamp, BODY))).isFalse();
        assertThat(verify(rawBase64(someoneElse), timestamp, BODY, sign(telnyx.getPrivate(), timestamp, BODY))).isFalse();
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesOld() throws GeneralSecurityException {
        String stale = seconds(NOW.minusSeconds(301));

        assertThat(verify(publicKey, stale, BODY, sign(telnyx.getPrivate(), stale, BODY))).isFalse();
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesAhead() throws GeneralSecurityException {
        String future = seconds(NOW.plusSeconds(301));

        assertThat(verify(publicKey, future, BODY, sign(telnyx.getPrivate(), future, BODY))).isFalse();
    }

    @Test
    void refusesAGarbageSignature() {
        String timestamp = seconds(NOW);

        assertThat(verify(publicKey, timestamp, BODY, "not a signature")).isFalse();
        assertThat(verify(publicKey, timestamp, BODY, Base64.getEncoder().encodeToString(new byte[64]))).isFalse();
        assertThat(verify(publicKey, timestamp, BODY, Base64.getEncoder().encodeToString(new byte[12]))).isFalse();
        assertThat(verify(publicKey, timestamp, BODY, "")).isFalse();
        assertThat(verify(publicKey, timestamp, BODY, null)).isFalse();
    }

    @Test
    void refusesAGarbageKey() throws GeneralSecurityException {
        String timestamp = seconds(NOW);
        String signature = sign(telnyx.getPrivate(), timestamp, BODY);

        assertThat(verify("not a key!", timestamp, BODY, signature)).isFalse();
        assertThat(verify(Base64.getEncoder().encodeToString(new byte[31]), timestamp, BODY, signature)).isFalse();
        assertThat(verify(Base64.getEncoder().encodeToString(new byte[44]), timestamp, BODY, signature)).isFalse();
        assertThat(verify("", timestamp, BODY, signature)).isFalse();
        assertThat(verify(null, timestamp, BODY, signature)).isFalse();
    }

    @Test
    void refusesAGarbageTimestamp() throws GeneralSecurityException {
        for (String timestamp : new String[] {"", "soon", "-1795428930", "1795428930.5", "99999999999999999999", null}) {
            String signature = sign(telnyx.getPrivate(), String.valueOf(timestamp), BODY);
            assertThat(verify(publicKey, timestamp, BODY, signature)).as(timestamp).isFalse();
        }
    }

    @Test
    void refusesAMissingBodyOrClock() throws GeneralSecurityException {
        String timestamp = seconds(NOW);
        String signature = sign(telnyx.getPrivate(), timestamp, BODY);

        assertThat(TelnyxSignature.verify(publicKey, timestamp, null, signature, NOW)).isFalse();
        assertThat(TelnyxSignature.verify(publicKey, timestamp, BODY.getBytes(StandardCharsets.UTF_8), signature, null)).isFalse();
    }

    private static boolean verify(String key, String timestamp, String body, String signature) {
        return TelnyxSignature.verify(key, timestamp, body.getBytes(StandardCharsets.UTF_8), signature, NOW);
    }

    private static String sign(PrivateKey key, String timestamp, String body) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update((timestamp + "|" + body).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    private static String rawBase64(KeyPair keys) {
        byte[] x509 = keys.getPublic().getEncoded();
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
    }

    private static String seconds(Instant instant) {
        return Long.toString(instant.getEpochSecond());
    }
}
