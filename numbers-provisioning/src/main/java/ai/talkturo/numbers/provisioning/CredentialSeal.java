package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a customer's carrier credentials with AES-256-GCM under a key of 32 bytes, bound to the account they belong
 * to (the account's id is the additional authenticated data, so sealed credentials moved to another account do not
 * open), and opens them again. A sealed text is {@code v1:} and the Base64 of a random 12-byte nonce followed by the
 * cipher text and its 16-byte tag.
 */
public final class CredentialSeal {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @throws IllegalArgumentException unless {@code base64Key} is the Base64 of exactly 32 bytes */
    public CredentialSeal(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("numbers.secrets.key is not Base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("numbers.secrets.key must be the Base64 of 32 random bytes, not of "
                    + bytes.length);
        }
        key = new SecretKeySpec(bytes, "AES");
    }

    public String seal(CarrierCredentials credentials, String accountId) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(credentials.values()).forEach(json::add);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, accountId);
            byte[] sealed = cipher.doFinal(json.build().toString().getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /** @throws IllegalStateException when the text was not sealed under this key for this account */
    public CarrierCredentials open(String sealed, String accountId) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalStateException("not sealed credentials");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), accountId);
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            Map<String, String> values = new LinkedHashMap<>();
            try (JsonReader reader = Json.createReader(new StringReader(new String(plain, StandardCharsets.UTF_8)))) {
                JsonObject json = reader.readObject();
                json.forEach((name, value) -> values.put(name, ((JsonString) value).getString()));
            }
            return new CarrierCredentials(values);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the sealed credentials do not open under numbers.secrets.key for "
                    + accountId + " (was the key changed?)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String accountId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(accountId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
