package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialSealTest {

    private static final CarrierCredentials TWILIO = new CarrierCredentials(Map.of(
            "accountSid", "AC0123456789abcdef0123456789abcdef", "authToken", "s3cr3t-t0ken-of-the-customer"));

    private final String key = randomKey();
    private final CredentialSeal seal = new CredentialSeal(key);

    @Test
    void opensWhatItSealedForTheSameAccount() {
        String sealed = seal.seal(TWILIO, "acc_1");

        assertThat(seal.open(sealed, "acc_1")).isEqualTo(TWILIO);
    }

    @Test
    void neverKeepsTheCredentialsReadable() {
        String sealed = seal.seal(TWILIO, "acc_1");

        assertThat(sealed).startsWith("v1:").doesNotContain("s3cr3t").doesNotContain("AC0123");
        assertThat(new String(Base64.getDecoder().decode(sealed.substring(3)))).doesNotContain("s3cr3t");
    }

    @Test
    void sealsTheSameCredentialsDifferentlyEachTime() {
        assertThat(seal.seal(TWILIO, "acc_1")).isNotEqualTo(seal.seal(TWILIO, "acc_1"));
    }

    @Test
    void credentialsOfOneAccountDoNotOpenForAnother() {
        String sealed = seal.seal(TWILIO, "acc_1");

        assertThatThrownBy(() -> seal.open(sealed, "acc_2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void doNotOpenUnderAnotherKey() {
        String sealed = seal.seal(TWILIO, "acc_1");

        assertThatThrownBy(() -> new CredentialSeal(randomKey()).open(sealed, "acc_1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("numbers.secrets.key");
    }

    @Test
    void aChangedByteIsNoticed() {
        String sealed = seal.seal(TWILIO, "acc_1");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length / 2] ^= 1;

        assertThatThrownBy(() -> seal.open("v1:" + Base64.getEncoder().encodeToString(bytes), "acc_1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void takesOnlyAKeyOf32Bytes() {
        assertThatThrownBy(() -> new CredentialSeal(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32");
        assertThatThrownBy(() -> new CredentialSeal("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CredentialSeal(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void credentialsPrintOnlyTheirNames() {
        assertThat(TWILIO.toString()).isEqualTo("CarrierCredentials[accountSid, authToken]");
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
