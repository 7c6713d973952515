package ai.talkturo.numbers.web.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebhookDestinationsTest {

    private final WebhookDestinations strict = destinations(false);
    private final WebhookDestinations lenient = destinations(true);

    private static WebhookDestinations destinations(boolean allowPrivate) {
        WebhookDestinations destinations = new WebhookDestinations();
        destinations.allowPrivate = allowPrivate;
        return destinations;
    }

    private static URI url(String text) {
        return URI.create(text);
    }

    @Test
    void neverTheCloudMetadataServiceNorLinkLocalAddresses() {
        for (WebhookDestinations destinations : new WebhookDestinations[] {strict, lenient}) {
            assertThat(destinations.refusal(url("http://169.254.169.254/latest/meta-data/"), true)).get().asString()
                    .contains("link-local");
            assertThat(destinations.refusal(url("http://[fe80::1]/"), true)).isPresent();
            assertThat(destinations.refusal(url("http://metadata.google.internal/"), false)).get().asString()
                    .contains("metadata");
            assertThat(destinations.refusal(url("http://100.100.100.200/"), true)).isPresent();
            assertThat(destinations.refusal(url("http://0.0.0.0/"), true)).isPresent();
        }
    }

    @Test
    void loopbackAndPrivateAddressesOnlyWhenAllowed() {
        for (String text : new String[] {"http://127.0.0.1:8080/", "http://localhost/", "http://[::1]/", "http://10.1.2.3/",
                "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.0.10/", "http://100.64.0.1/",
                "http://[fd12::1]/"}) {
            assertThat(strict.refusal(url(text), true)).as(text).isPresent();
            assertThat(lenient.refusal(url(text), true)).as(text).isEmpty();
        }
    }

    @Test
    void publicAddressesAreFine() {
        assertThat(strict.refusal(url("https://203.0.113.10/hook"), true)).isEmpty();
        assertThat(strict.refusal(url("https://172.32.0.1/hook"), true)).isEmpty();
        assertThat(strict.refusal(url("https://[2001:db8::1]/hook"), true)).isEmpty();
    }

    @Test
    void aNameThatDoesNotResolveIsRefusedOnlyWhenItMust() {
        URI nowhere = url("https://nowhere.invalid/hook");

        assertThat(strict.refusal(nowhere, false)).isEmpty();
        assertThat(strict.refusal(nowhere, true)).get().asString().contains("does not resolve");
    }
}
