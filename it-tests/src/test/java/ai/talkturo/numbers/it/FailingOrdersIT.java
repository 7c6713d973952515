package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A carrier that fails every order: the number ends in {@code error} with a reason, and can be bought again. */
@ExtendWith(ArquillianExtension.class)
class FailingOrdersIT {

    @Deployment(testable = false)
    static WebArchive numbers() {
        return NumbersWar.configuredWith(Map.of("numbers.sandbox.failure-rate", "1", "numbers.sandbox.latency", "PT0.2S"));
    }

    @ArquillianResource
    URL deployment;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    @Test
    void aFailedOrderEndsInErrorWithAReasonAPersonCanActOn() {
        Api.Account account = api.openAccount("Unlucky", "starter");
        String phoneNumber = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"areaCode\": \"212\"}");
        String id = api.purchase(account.key(), phoneNumber).json().getJsonObject("phoneNumber").getString("id");

        JsonObject failed = api.awaitStatus(account.key(), id, "error", Duration.ofSeconds(30));

        assertThat(failed.getString("statusReason")).isNotBlank();
        assertThat(failed.isNull("activatedAt")).isTrue();
        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getInt("numbersInUse")).isZero();
    }

    @Test
    void aNumberInErrorCanBeBoughtAgainAndReleased() {
        Api.Account account = api.openAccount("Persistent", "starter");
        String phoneNumber = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"areaCode\": \"512\"}");
        String first = api.purchase(account.key(), phoneNumber).json().getJsonObject("phoneNumber").getString("id");
        api.awaitStatus(account.key(), first, "error", Duration.ofSeconds(30));

        Api.Answer again = api.purchase(account.key(), phoneNumber);

        assertThat(again.status()).as(again.text()).isEqualTo(202);
        assertThat(again.json().getJsonObject("phoneNumber").getString("id")).isNotEqualTo(first);
        Api.Answer released = api.delete("api/phone-numbers/" + first, account.key());
        assertThat(released.status()).as(released.text()).isEqualTo(200);
        assertThat(released.json().getJsonObject("phoneNumber").getString("status")).isEqualTo("released");
    }
}
