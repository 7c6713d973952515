package ai.talkturo.numbers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigurationCheckTest {

    private static List<String> problems(Map<String, String> settings) {
        return ConfigurationCheck.problemsOf(name -> Optional.ofNullable(settings.get(name)));
    }

    @Test
    void noSettingsAtAllIsAGoodStart() {
        assertThat(problems(Map.of())).isEmpty();
    }

    @Test
    void namesEveryWrongSettingAtOnce() {
        List<String> found = problems(Map.of(
                "numbers.carrier", "twilio",
                "numbers.trial.duration", "five days",
                "numbers.purchase.reconcile-after", "PT0S",
                "numbers.sandbox.failure-rate", "1.5",
                "numbers.calls.max-per-second", "0",
                "numbers.public-base-url", "numbers.example.com",
                "numbers.telnyx.public-key", "not-a-key"));

        assertThat(found).hasSize(8).anySatisfy(problem -> assertThat(problem).startsWith("numbers.twilio.account-sid"))
                .anySatisfy(problem -> assertThat(problem).startsWith("numbers.twilio.auth-token"))
                .anySatisfy(problem -> assertThat(problem).contains("numbers.trial.duration", "ISO-8601"))
                .anySatisfy(problem -> assertThat(problem).contains("numbers.purchase.reconcile-after", "more than zero"))
                .anySatisfy(problem -> assertThat(problem).contains("numbers.sandbox.failure-rate"))
                .anySatisfy(problem -> assertThat(problem).contains("numbers.calls.max-per-second"))
                .anySatisfy(problem -> assertThat(problem).contains("numbers.public-base-url", "absolute"))
                .anySatisfy(problem -> assertThat(problem).contains("numbers.telnyx.public-key"));
    }

    @Test
    void anUnknownCarrierIsNamed() {
        assertThat(problems(Map.of("numbers.carrier", "vonage"))).singleElement().asString()
                .contains("sandbox, twilio or telnyx");
    }

    @Test
    void aSecretsKeyIsTheBase64Of32Bytes() {
        assertThat(problems(Map.of("numbers.secrets.key", "c2hvcnQ="))).singleElement().asString()
                .startsWith("numbers.secrets.key").contains("32 random bytes");
        assertThat(problems(Map.of("numbers.secrets.key", "not base64 at all"))).hasSize(1);
        assertThat(problems(Map.of("numbers.secrets.key", java.util.Base64.getEncoder().encodeToString(new byte[32]))))
                .isEmpty();
    }

    @Test
    void aSandboxMayAnswerAtOnce() {
        assertThat(problems(Map.of("numbers.sandbox.latency", "PT0S", "numbers.assistant-stream-url",
                "wss://voice.example/assistants/{assistantId}/stream"))).isEmpty();
    }
}
