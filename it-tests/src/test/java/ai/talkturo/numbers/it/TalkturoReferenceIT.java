package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of Talkturo's published REST reference (docs.talkturo.ai, {@code api-reference/}: overview,
 * authentication, phone numbers, assistants, campaigns), sent as the reference writes them. The reference's
 * placeholders ({@code my-team}, {@code team_01j...}, {@code asst_01j...}) stand for the caller's account and
 * resources: the account here is named "My Team", so its slug is {@code my-team}.
 */
class TalkturoReferenceIT {

    private static final String DATABASE = SharedNumbers.database();

    private final URL deployment = SharedNumbers.url();

    private Api api;
    private Api.Account account;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        account = api.openAccount("My Team", "pro");
    }

    @Test
    void overviewCreatesAnAssistantWithTheAccountsSlug() {
        Api.Answer created = api.post("api/assistants", account.key(), "{\"accountSlug\": \"my-team\", \"name\": \"Sales Agent\"}");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().getBoolean("success")).isTrue();
        assertThat(created.json().getJsonObject("assistant").getString("name")).isEqualTo("Sales Agent");
        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getString("slug"))
                .isEqualTo("my-team");
    }

    @Test
    void authenticationsExamplesCreateAndReadAnAssistant() {
        Api.Answer created = api.post("api/assistants", account.key(), "{\n"
                + "    \"accountSlug\": \"my-team\",\n"
                + "    \"name\": \"Support Agent\"\n"
                + "  }");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().getJsonObject("assistant").getString("id");

        Api.Answer read = api.get("api/assistants/" + id, account.key());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getJsonObject("assistant").getString("name")).isEqualTo("Support Agent");
        assertProblem(api.get("api/assistants/" + id, null), 401, "unauthenticated");
    }

    @Test
    void assistantsCreateTakesATemplateId() {
        Api.Answer created = api.post("api/assistants", account.key(), "{\n"
                + "    \"accountSlug\": \"my-team\",\n"
                + "    \"name\": \"Q1 Outbound Setter\",\n"
                + "    \"templateId\": \"outbound-setter\"\n"
                + "  }");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().getJsonObject("assistant").getString("name")).isEqualTo("Q1 Outbound Setter");
    }

    @Test
    void phoneNumbersSearchAsWrittenThenPurchaseForTheTeamAndRelease() {
        Api.Answer found = api.post("api/phone-numbers/search", account.key(), "{\n"
                + "    \"filters\": {\n"
                + "      \"countryCode\": \"US\",\n"
                + "      \"areaCode\": \"415\",\n"
                + "      \"numberType\": \"local\",\n"
                + "      \"limit\": 10\n"
                + "    }\n"
                + "  }");

        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(found.json().getBoolean("success")).isTrue();
        assertThat(found.json().getInt("count")).isBetween(1, 10);
        JsonObject offer = found.json().getJsonArray("numbers").getJsonObject(0);
        assertThat(offer.getString("phoneNumber")).startsWith("+1415");
        assertThat(offer.getString("monthlyPrice")).matches("\\d+\\.\\d{2}");
        assertThat(offer.getString("setupPrice")).matches("\\d+\\.\\d{2}");
        assertThat(offer.getJsonArray("features").getString(0)).isEqualTo("voice");
        assertThat(offer.getBoolean("complianceProfileRequired")).isFalse();
        assertThat(found.json().getString("provider")).isNotBlank();

        Api.Answer bought = api.post("api/phone-numbers/purchase", account.key(), "{\"phoneNumber\": \""
                + offer.getString("phoneNumber") + "\", \"teamId\": \"" + account.id() + "\", \"connectionId\": \"fqdn-1\"}");

        assertThat(bought.status()).as(bought.text()).isEqualTo(202);
        String id = bought.json().getJsonObject("phoneNumber").getString("id");
        api.awaitStatus(account.key(), id, "active", Duration.ofSeconds(30));
        Api.Answer released = api.delete("api/phone-numbers/" + id, account.key());
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.json().getString("message")).isEqualTo(offer.getString("phoneNumber")
                + " is released; the carrier takes it back.");
        assertThat(released.json().getJsonObject("phoneNumber").getString("status")).isEqualTo("released");
    }

    @Test
    void campaignsAreListedAndCreatedAtTheReferencesPaths() {
        String assistantId = api.newAssistant(account.key(), "Outbound");
        String numberId = api.activeNumber(account.key(), "{\"countryCode\": \"US\", \"numberType\": \"local\"}",
                Duration.ofSeconds(30)).getString("id");
        api.assign(account.key(), assistantId, numberId);

        Api.Answer created = api.post("api/crm/campaigns", account.key(), "{\"teamId\": \"" + account.id()
                + "\", \"assistantId\": \"" + assistantId + "\", \"fromNumberIds\": [\"" + numberId + "\"], "
                + "\"name\": \"Q1 Outreach\", \"description\": \"Qualify leads from the January trade show\", "
                + "\"maxConcurrentCalls\": 5, \"callWindow\": {\"start\": \"09:00\", \"end\": \"17:00\"}, "
                + "\"contacts\": [{\"phoneNumber\": \"+12025551234\", \"name\": \"Lead\"}]}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        Api.Answer listed = api.get("api/crm/campaigns?teamId=" + account.id() + "&status=running&limit=20", account.key());

        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        assertThat(listed.json().getInt("count")).isEqualTo(1);
        assertThat(listed.json().getInt("limit")).isEqualTo(20);
        assertThat(listed.json().getInt("offset")).isZero();
        JsonObject campaign = listed.json().getJsonArray("campaigns").getJsonObject(0);
        assertThat(campaign.getString("team_id")).isEqualTo(account.id());
        assertThat(campaign.getString("assistant_id")).isEqualTo(assistantId);
        assertThat(campaign.getString("name")).isEqualTo("Q1 Outreach");
        assertThat(campaign.getString("call_window_start")).isEqualTo("09:00");
        assertThat(campaign.getString("call_window_end")).isEqualTo("17:00");
        assertThat(campaign.getInt("max_concurrent_calls")).isEqualTo(5);
        assertThat(campaign.getInt("total_contacts")).isEqualTo(1);
        assertThat(campaign.getString("from_number")).startsWith("+1");
        assertThat(api.get("api/crm/campaigns?teamId=" + account.id() + "&status=paused", account.key()).json()
                .getInt("count")).isZero();
    }

    @Test
    void anotherAccountsNameIsNotFoundAndNothingIsDone() {
        Api.Account other = api.openAccount("Their Team", "pro");

        assertProblem(api.post("api/assistants", account.key(), "{\"accountSlug\": \"their-team\", \"name\": \"Spy\"}"),
                404, "not_found");
        assertProblem(api.post("api/phone-numbers/purchase", account.key(), "{\"phoneNumber\": \"+14155550101\", "
                + "\"teamId\": \"" + other.id() + "\"}"), 404, "not_found");
        assertProblem(api.get("api/crm/campaigns?teamId=" + other.id(), account.key()), 404, "not_found");
        assertThat(StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM assistants WHERE account_id = ?", account.id()))
                .isZero();
        assertThat(StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM phone_numbers WHERE account_id = ?", account.id()))
                .isZero();
    }

    @Test
    void everyFieldNeitherApiNorTheReferenceKnowsIsNamed() {
        Api.Answer refused = api.post("api/assistants", account.key(),
                "{\"name\": \"x\", \"colour\": \"blue\", \"accountSlug\": \"my-team\", \"mood\": 3}");

        assertProblem(refused, 400, "validation_failed");
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).containsExactlyInAnyOrder("colour", "mood");
        Api.Answer nested = api.post("api/campaigns", account.key(), "{\"assistantId\": \"as_1\", \"name\": \"x\", "
                + "\"contacts\": [{\"phoneNumber\": \"+12025551234\", \"email\": \"a@b.c\"}], "
                + "\"callWindow\": {\"start\": \"09:00\", \"end\": \"17:00\", \"timezone\": \"UTC\"}}");
        assertProblem(nested, 400, "validation_failed");
        assertThat(nested.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("contacts[0].email", "callWindow.timezone");
    }
}
