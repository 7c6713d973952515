package ai.talkturo.numbers.web.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Checks Telnyx's webhook signature with the JDK alone: {@code telnyx-signature-ed25519} is the Base64 Ed25519
 * signature of {@code telnyx-timestamp + "|" + raw body}, and the timestamp (unix seconds) must lie within
 * {@link #TOLERANCE} of now, either way. The public key is the one Telnyx publishes, Base64 of the raw 32-byte key;
 * a Base64 X.509 (SubjectPublicKeyInfo) encoding, with or without PEM armour, is accepted too.
 */
public final class TelnyxSignature {

    /** How far the timestamp may be from now, into the past or the future. */
    public static final Duration TOLERANCE = Duration.ofSeconds(300);

    /** The X.509 SubjectPublicKeyInfo header of an Ed25519 key, before its 32 raw bytes. */
    private static final byte[] ED25519_X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final int RAW_KEY_LENGTH = 32;
    private static final int SIGNATURE_LENGTH = 64;

    private TelnyxSignature() {
    }

    /**
     * Whether {@code signatureBase64} is Telnyx's signature of {@code rawBody} sent at {@code timestampHeader},
     * made with the key {@code publicKeyBase64}, and the timestamp is recent. Anything missing or malformed is
     * {@code false}; this never throws.
     */
    public static boolean verify(String publicKeyBase64, String timestampHeader, byte[] rawBody, String signatureBase64,
                                 Instant now) {
        if (publicKeyBase64 == null || timestampHeader == null || rawBody == null || signatureBase64 == null
                || now == null) {
            return false;
        }
        try {
            String timestamp = timestampHeader.strip();
            if (!isRecent(timestamp, now)) {
                return false;
            }
            byte[] signature = decode(signatureBase64);
            if (signature.length != SIGNATURE_LENGTH) {
                return false;
            }
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey(publicKeyBase64));
            verifier.update((timestamp + "|").getBytes(StandardCharsets.UTF_8));
            verifier.update(rawBody);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isRecent(String timestamp, Instant now) {
        if (timestamp.isEmpty() || !timestamp.chars().allMatch(Character::isDigit) || timestamp.length() > 12) {
            return false;
        }
        long age = now.getEpochSecond() - Long.parseLong(timestamp);
        return Math.abs(age) <= TOLERANCE.toSeconds();
    }

    private static PublicKey publicKey(String base64) throws GeneralSecurityException {
        String body = base64.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "");
        byte[] key = decode(body);
        byte[] x509;
        if (key.length == RAW_KEY_LENGTH) {
            x509 = new byte[ED25519_X509_PREFIX.length + RAW_KEY_LENGTH];
            System.arraycopy(ED25519_X509_PREFIX, 0, x509, 0, ED25519_X509_PREFIX.length);
            System.arraycopy(key, 0, x509, ED25519_X509_PREFIX.length, RAW_KEY_LENGTH);
        } else {
            x509 = key;
        }
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
    }

    /** Standard or URL-safe Base64, padded or not, whitespace ignored. */
    private static byte[] decode(String base64) {
        String compact = base64.replaceAll("\\s", "").replace('-', '+').replace('_', '/');
        return Base64.getDecoder().decode(compact + "=".repeat((4 - compact.length() % 4) % 4));
    }
}
