package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A Free-plan trial number under a trial of seconds: it is released by itself, unless the account upgrades. */
@ExtendWith(ArquillianExtension.class)
class TrialIT {

    private static final Duration TRIAL = Duration.ofSeconds(8);

    @Deployment(testable = false)
    static WebArchive numbers() {
        return NumbersWar.configuredWith(Map.of("numbers.trial.duration", TRIAL.toString(), "numbers.sandbox.latency", "PT0.2S"));
    }

    @ArquillianResource
    URL deployment;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    @Test
    void anExpiredTrialNumberIsReleased() {
        Api.Account account = api.openAccount("Trying Out", "free");
        JsonObject bought = buyTrialNumber(account);
        assertThat(Duration.between(Instant.parse(bought.getString("createdAt")), Instant.parse(bought.getString("expiresAt"))))
                .isEqualTo(TRIAL);

        JsonObject released = api.awaitStatus(account.key(), bought.getString("id"), "released", Duration.ofSeconds(60));

        assertThat(Instant.parse(released.getString("updatedAt"))).isAfterOrEqualTo(Instant.parse(bought.getString("expiresAt")));
        assertThat(released.isNull("assistantId")).isTrue();
        JsonObject account1 = api.get("api/account", account.key()).json().getJsonObject("account");
        assertThat(account1.getInt("numbersInUse")).isZero();
        assertThat(account1.getBoolean("trialNumberAvailable")).isTrue();
    }

    @Test
    void anUpgradeBeforeTheExpiryKeepsTheNumber() {
        Api.Account account = api.openAccount("Converting", "free");
        JsonObject bought = buyTrialNumber(account);

        api.patch("api/admin/accounts/" + account.id(), Api.OPERATOR_KEY, "{\"plan\": \"pro\"}");
        Api.pause(TRIAL.plus(NumbersWar.JOBS_BEAT.multipliedBy(4)));

        JsonObject kept = api.get("api/phone-numbers/" + bought.getString("id"), account.key()).json().getJsonObject("phoneNumber");
        assertThat(kept.getString("status")).isEqualTo("active");
        assertThat(kept.getBoolean("trial")).isFalse();
        assertThat(kept.isNull("expiresAt")).isTrue();
    }

    private JsonObject buyTrialNumber(Api.Account account) {
        String phoneNumber = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"numberType\": \"toll-free\"}");
        JsonObject bought = api.purchase(account.key(), phoneNumber).json().getJsonObject("phoneNumber");
        assertThat(bought.getBoolean("trial")).isTrue();
        return api.awaitStatus(account.key(), bought.getString("id"), "active", Duration.ofSeconds(20));
    }
}
