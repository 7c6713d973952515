package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A campaign whose server stops while calls are going on: after the restart its pending contacts are dialled, the
 * calls that were going on are followed to their end, and no contact is dialled twice.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignsAfterRestartIT {

    private static final String NUMBERS = "numbers";
    private static final Duration FINISHES = Duration.ofSeconds(120);
    private static final List<String> CONTACTS = IntStream.range(0, 8).mapToObj(i -> "+1312555" + (7100 + i)).toList();
    private static Api.Account account;
    private static String campaignId;

    @Deployment(name = NUMBERS, managed = false, testable = false)
    static WebArchive numbers() {
        return NumbersWar.configuredWith(Map.of(
                "numbers.sandbox.latency", "PT3S",
                "numbers.calls.interrupted-after", "PT5S",
                "numbers.calls.max-per-second", "20"));
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    @Order(1)
    void deploys() {
        deployer.deploy(NUMBERS);
    }

    @Test
    @Order(2)
    void startsACampaignAndLetsItDialTheFirstContacts(@ArquillianResource @OperateOnDeployment(NUMBERS) URL url) {
        Api api = new Api(url);
        account = api.openAccount("Interrupted Co", "pro");
        String assistantId = api.post("api/assistants", account.key(), "{\"name\": \"Night shift\"}").json()
                .getJsonObject("assistant").getString("id");
        String phoneNumber = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"numberType\": \"local\"}");
        String numberId = api.purchase(account.key(), phoneNumber).json().getJsonObject("phoneNumber").getString("id");
        api.awaitStatus(account.key(), numberId, "active", Duration.ofSeconds(60));
        assertThat(api.send("PUT", "api/assistants/" + assistantId + "/phone-numbers/" + numberId, account.key()).status())
                .isEqualTo(200);
        String contacts = CONTACTS.stream().map(number -> "{\"phoneNumber\": \"" + number + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));

        Api.Answer started = api.post("api/campaigns", account.key(), "{\"assistantId\": \"" + assistantId
                + "\", \"name\": \"Across a restart\", \"contacts\": " + contacts + ", \"maxConcurrentCalls\": 2, "
                + Api.ALL_DAY + "}");

        assertThat(started.status()).as(started.text()).isEqualTo(201);
        campaignId = started.json().getJsonObject("campaign").getString("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (placedCalls() < 2 && System.nanoTime() < deadline) {
            Api.pause(Duration.ofMillis(100));
        }
        assertThat(placedCalls()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void restartsWhileCallsAreGoingOn() {
        deployer.undeploy(NUMBERS);
        Api.pause(Duration.ofSeconds(4));
        deployer.deploy(NUMBERS);
    }

    @Test
    @Order(4)
    void dialsThePendingContactsAfterTheRestartAndNoneTwice(@ArquillianResource @OperateOnDeployment(NUMBERS) URL url) {
        Api api = new Api(url);
        long deadline = System.nanoTime() + FINISHES.toNanos();
        JsonObject campaign;
        do {
            campaign = api.get("api/campaigns/" + campaignId, account.key()).json().getJsonObject("campaign");
            Api.pause(Duration.ofMillis(500));
        } while (!campaign.getString("status").equals("completed") && System.nanoTime() < deadline);

        assertThat(campaign.getString("status")).as(campaign.getJsonObject("totals").toString()).isEqualTo("completed");
        List<JsonObject> contacts = campaign.getJsonArray("contacts").getValuesAs(JsonObject.class);
        assertThat(contacts).allSatisfy(contact -> assertThat(contact.getString("status")).isIn("completed", "failed"));
        assertThat(contacts).filteredOn(contact -> contact.getString("status").equals("failed"))
                .allSatisfy(contact -> assertThat(contact.getString("failureReason")).contains("not redialled"));
        assertThat(campaign.getJsonObject("totals").getInt("completed")).isGreaterThanOrEqualTo(CONTACTS.size() - 2);
        assertThat(StoredRows.count("SELECT COUNT(*) FROM (SELECT to_number FROM calls WHERE campaign_id = ? "
                + "GROUP BY to_number HAVING COUNT(*) > 1) twice", campaignId)).as("contacts called twice").isZero();
        assertThat(StoredRows.count("SELECT COUNT(*) FROM (SELECT s.to_number FROM sandbox_calls s JOIN calls c "
                + "ON c.id = s.call_reference WHERE c.campaign_id = ? GROUP BY s.to_number HAVING COUNT(*) > 1) twice", campaignId))
                .as("numbers the sandbox rang twice").isZero();
        assertThat(placedCalls()).isEqualTo(CONTACTS.size());
    }

    @Test
    @Order(5)
    void undeploys() {
        deployer.undeploy(NUMBERS);
    }

    private static long placedCalls() {
        return StoredRows.count("SELECT COUNT(*) FROM calls WHERE campaign_id = ?", campaignId);
    }
}
