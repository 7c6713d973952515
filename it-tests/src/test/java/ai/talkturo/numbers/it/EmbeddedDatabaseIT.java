package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Numbers on the embedded H2 database, as the README's start command runs it: numbers are bought, imported,
 * assigned and routed there too, every change going through the change log.
 */
@ExtendWith(ArquillianExtension.class)
class EmbeddedDatabaseIT {

    @Deployment(testable = false)
    static WebArchive numbers() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path file = Path.of("target", "h2-" + UUID.randomUUID(), "numbers").toAbsolutePath();
        return NumbersWar.configuredWith(Map.of(
                "numbers.db.url", "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE",
                "numbers.db.user", "",
                "numbers.db.password", "",
                "numbers.secrets.key", Base64.getEncoder().encodeToString(key),
                "numbers.sandbox.latency", "PT0.2S"));
    }

    @ArquillianResource
    URL deployment;

    @Test
    void numbersAreBoughtImportedAssignedAndRoutedOnTheEmbeddedDatabase() {
        Api api = new Api(deployment);
        Api.Account account = api.openAccount("On H2", "starter");
        String assistant = api.newAssistant(account.key(), "Embedded");

        JsonObject bought = api.activeNumber(account.key(), "{\"countryCode\": \"US\", \"areaCode\": \"415\"}",
                Duration.ofSeconds(30));
        api.assign(account.key(), assistant, bought.getString("id"));
        Api.Answer imported = api.post("api/phone-numbers/import", account.key(), "{\"provider\": \"sandbox\", "
                + "\"phoneNumber\": \"+16465550100\", \"credentials\": {\"apiKey\": \"mine\"}}");

        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(api.awaitRoute(bought.getString("phoneNumber"), "active", Duration.ofSeconds(10))
                .getString("assistantId")).isEqualTo(assistant);
        assertThat(api.awaitRoute("+16465550100", "active", Duration.ofSeconds(10)).getString("phoneNumberId"))
                .isEqualTo(imported.json().getJsonObject("phoneNumber").getString("id"));
    }
}
