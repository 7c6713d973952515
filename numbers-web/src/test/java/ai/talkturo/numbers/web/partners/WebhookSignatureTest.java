package ai.talkturo.numbers.web.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String BODY = "{\"id\":\"evt_01\",\"type\":\"number.released\",\"data\":{}}";

    @Test
    void signsTheTimestampAndTheBodyWithTheSecret() {
        // printf '%s' '1764000000.<BODY>' | openssl dgst -sha256 -hmac whsec_test_secret
        String header = WebhookSignature.of("whsec_test_secret", Instant.ofEpochSecond(1_764_000_000L).plusMillis(900), BODY);

        assertThat(header).isEqualTo("t=1764000000,v1=72b5f7b06faedd803314aec3f555b78b9e121f049ddc5db0c742be5f73cccf19");
    }

    @Test
    void computesHmacSha256AsRfc4231Does() {
        assertThat(WebhookSignature.hmac("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void anotherTimeAnotherBodyOrAnotherSecretSignsDifferently() {
        Instant at = Instant.ofEpochSecond(1_764_000_000L);
        String signature = WebhookSignature.of("whsec_a", at, BODY);

        assertThat(WebhookSignature.of("whsec_a", at.plusSeconds(1), BODY)).isNotEqualTo(signature);
        assertThat(WebhookSignature.of("whsec_a", at, BODY + " ")).isNotEqualTo(signature);
        assertThat(WebhookSignature.of("whsec_b", at, BODY)).isNotEqualTo(signature);
        assertThat(signature).matches("t=1764000000,v1=[0-9a-f]{64}");
    }
}
