package ai.talkturo.numbers.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final String SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    @Test
    void verifiesTwilioKnownAnswer() {
        assertThat(TwilioSignature.sign(TOKEN, URL, call())).isEqualTo(SIGNATURE);
        assertThat(TwilioSignature.verify(TOKEN, URL, call(), SIGNATURE)).isTrue();
    }

    @Test
    void signsFieldsInTheOrderOfTheirNamesWhateverOrderTheyCameIn() {
        Map<String, List<String>> reversed = new LinkedHashMap<>();
        List<String> names = List.of("To", "From", "Digits", "Caller", "CallSid");
        names.forEach(name -> reversed.put(name, call().get(name)));

        assertThat(TwilioSignature.verify(TOKEN, URL, reversed, SIGNATURE)).isTrue();
    }

    @Test
    void refusesATamperedField() {
        Map<String, List<String>> tampered = call();
        tampered.put("To", List.of("+18005551213"));

        assertThat(TwilioSignature.verify(TOKEN, URL, tampered, SIGNATURE)).isFalse();
    }

    @Test
    void refusesAnAddedField() {
        Map<String, List<String>> added = call();
        added.put("AccountSid", List.of("AC0123"));

        assertThat(TwilioSignature.verify(TOKEN, URL, added, SIGNATURE)).isFalse();
    }

    @Test
    void refusesAnotherUrl() {
        assertThat(TwilioSignature.verify(TOKEN, "https://mycompany.com/myapp.php?foo=1&bar=3", call(), SIGNATURE)).isFalse();
    }

    @Test
    void refusesTheWrongToken() {
        assertThat(TwilioSignature.verify("54321", URL, call(), SIGNATURE)).isFalse();
    }

    @Test
    void refusesAMissingOrEmptyHeader() {
        assertThat(TwilioSignature.verify(TOKEN, URL, call(), null)).isFalse();
        assertThat(TwilioSignature.verify(TOKEN, URL, call(), "")).isFalse();
    }

    @Test
    void refusesWhenNoTokenIsConfigured() {
        assertThat(TwilioSignature.verify(null, URL, call(), SIGNATURE)).isFalse();
        assertThat(TwilioSignature.verify("", URL, call(), SIGNATURE)).isFalse();
    }

    @Test
    void acceptsTheUrlWithTheDefaultPortWrittenOut() {
        String signedWithPort = TwilioSignature.sign(TOKEN, "https://mycompany.com:443/myapp.php?foo=1&bar=2", call());

        assertThat(TwilioSignature.verify(TOKEN, URL, call(), signedWithPort)).isFalse();
        assertThat(TwilioSignature.verifyWithOrWithoutDefaultPort(TOKEN, URL, call(), signedWithPort)).isTrue();
    }

    @Test
    void acceptsTheUrlWithoutTheDefaultPortWhenTheRequestNamedIt() {
        assertThat(TwilioSignature.verifyWithOrWithoutDefaultPort(TOKEN, "https://mycompany.com:443/myapp.php?foo=1&bar=2",
                call(), SIGNATURE)).isTrue();
    }

    @Test
    void writesOutOrLeavesOutOnlyTheSchemesDefaultPort() {
        assertThat(TwilioSignature.withAndWithoutDefaultPort(URL))
                .containsExactly(URL, "https://mycompany.com:443/myapp.php?foo=1&bar=2");
        assertThat(TwilioSignature.withAndWithoutDefaultPort("http://numbers.example.com:80/webhooks/twilio/voice"))
                .containsExactly("http://numbers.example.com:80/webhooks/twilio/voice",
                        "http://numbers.example.com/webhooks/twilio/voice");
        assertThat(TwilioSignature.withAndWithoutDefaultPort("https://numbers.example.com:8443/webhooks/twilio/voice"))
                .containsExactly("https://numbers.example.com:8443/webhooks/twilio/voice");
        assertThat(TwilioSignature.withAndWithoutDefaultPort("http://localhost:8080/webhooks/twilio/voice"))
                .containsExactly("http://localhost:8080/webhooks/twilio/voice");
    }

    @Test
    void verifiesAnyOfTheCandidateUrls() {
        assertThat(TwilioSignature.verifyAny(TOKEN, List.of("https://proxy.internal/myapp.php", URL), call(), SIGNATURE)).isTrue();
        assertThat(TwilioSignature.verifyAny(TOKEN, List.of("https://proxy.internal/myapp.php"), call(), SIGNATURE)).isFalse();
    }

    @Test
    void signsEveryValueOfARepeatedField() {
        Map<String, List<String>> repeated = new LinkedHashMap<>(Map.of("StatusCallbackEvent", List.of("ringing", "answered")));
        Map<String, List<String>> once = new LinkedHashMap<>(Map.of("StatusCallbackEvent", List.of("answered")));
        String signature = TwilioSignature.sign(TOKEN, URL, repeated);

        assertThat(TwilioSignature.verify(TOKEN, URL, Map.of("StatusCallbackEvent", List.of("answered", "ringing")), signature)).isTrue();
        assertThat(TwilioSignature.verify(TOKEN, URL, once, signature)).isFalse();
    }

    private static Map<String, List<String>> call() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("CallSid", List.of("CA1234567890ABCDE"));
        fields.put("Caller", List.of("+14158675309"));
        fields.put("Digits", List.of("1234"));
        fields.put("From", List.of("+14158675309"));
        fields.put("To", List.of("+18005551212"));
        return fields;
    }
}
