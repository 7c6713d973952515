package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Campaigns through the sandbox carrier: each contact dialled once, never more calls at once than the campaign
 * allows, pause and resume, contacts that cannot be reached, and requests refused before anything is stored.
 */
class CampaignsIT {

    private static final Duration FINISHES = Duration.ofSeconds(90);

    /** The shared server's database, where a test reads what was stored. */
    private static final String DATABASE = SharedNumbers.database();

    private final URL deployment = SharedNumbers.url();

    private Api api;
    private Api.Account account;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        account = api.openAccount("Campaigner", "pro");
    }

    @Test
    void dialsEveryContactOnceAndNeverMoreAtOnceThanAllowed() {
        String assistantId = assistantWithNumber("Renewals");
        List<String> numbers = contacts(30, 2000);

        Api.Answer started = start(assistantId, "Renewals", numbers, 3);

        assertThat(started.status()).as(started.text()).isEqualTo(201);
        JsonObject campaign = started.json().getJsonObject("campaign");
        assertThat(campaign.getString("id")).startsWith("cmp_");
        assertThat(campaign.getString("status")).isEqualTo("running");
        assertThat(campaign.getInt("maxConcurrentCalls")).isEqualTo(3);
        assertThat(campaign.getJsonObject("totals").getInt("contacts")).isEqualTo(30);
        assertThat(campaign.getJsonArray("contacts").getValuesAs(JsonObject.class))
                .extracting(contact -> contact.getString("phoneNumber")).containsExactlyElementsOf(numbers);

        int mostDialling = 0;
        long deadline = System.nanoTime() + FINISHES.toNanos();
        do {
            campaign = get(campaign.getString("id"));
            mostDialling = Math.max(mostDialling, campaign.getJsonObject("totals").getInt("dialing"));
            Api.pause(Duration.ofMillis(100));
        } while (!campaign.getString("status").equals("completed") && System.nanoTime() < deadline);

        assertThat(campaign.getString("status")).as(campaign.toString()).isEqualTo("completed");
        assertThat(campaign.getString("completedAt")).isNotBlank();
        assertThat(mostDialling).isBetween(1, 3);
        assertThat(campaign.getJsonObject("totals").getInt("completed")).isEqualTo(30);
        List<JsonObject> contacts = campaign.getJsonArray("contacts").getValuesAs(JsonObject.class);
        assertThat(contacts).allSatisfy(contact -> assertThat(contact.getString("status")).isEqualTo("completed"));
        assertThat(contacts).extracting(contact -> contact.getString("callId")).doesNotHaveDuplicates().doesNotContainNull();
        List<StoredRows.CallSpan> calls = StoredRows.callsOfCampaignIn(DATABASE, campaign.getString("id"));
        assertThat(calls).extracting(StoredRows.CallSpan::to).containsExactlyInAnyOrderElementsOf(numbers);
        assertThat(StoredRows.mostAtOnce(calls)).as("calls going on at the same time").isEqualTo(3);
        JsonObject call = api.get("api/calls/" + contacts.get(0).getString("callId"), account.key()).json().getJsonObject("call");
        assertThat(call.getString("campaignId")).isEqualTo(campaign.getString("id"));
        assertThat(call.getString("contactId")).isEqualTo(contacts.get(0).getString("id"));
    }

    @Test
    void pauseStopsDiallingAndResumeGoesOnWhereItStopped() {
        String assistantId = assistantWithNumber("Survey");
        String campaignId = start(assistantId, "Survey", contacts(12, 3000), 2).json().getJsonObject("campaign").getString("id");

        Api.Answer paused = api.send("POST", "api/campaigns/" + campaignId + "/pause", account.key());

        assertThat(paused.status()).as(paused.text()).isEqualTo(200);
        assertThat(paused.json().getJsonObject("campaign").getString("status")).isEqualTo("paused");
        Api.pause(Duration.ofSeconds(3));
        JsonObject whilePaused = get(campaignId);
        long placed = StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM calls WHERE campaign_id = ?", campaignId);
        assertThat(placed).isLessThanOrEqualTo(2);
        assertThat(whilePaused.getJsonObject("totals").getInt("pending")).isEqualTo(12 - (int) placed);
        assertThat(whilePaused.getJsonObject("totals").getInt("dialing")).isZero();
        Api.pause(Duration.ofSeconds(2));
        assertThat(StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM calls WHERE campaign_id = ?", campaignId)).isEqualTo(placed);
        assertThat(get(campaignId).getString("status")).isEqualTo("paused");

        Api.Answer resumed = api.post("api/campaigns/" + campaignId + "/resume", account.key(), null);

        assertThat(resumed.status()).as(resumed.text()).isEqualTo(200);
        JsonObject done = awaitCompleted(campaignId);
        assertThat(done.getJsonObject("totals").getInt("completed")).isEqualTo(12);
        assertThat(StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM calls WHERE campaign_id = ?", campaignId)).isEqualTo(12);
        assertProblem(api.post("api/campaigns/" + campaignId + "/pause", account.key(), null), 409, "invalid_status_transition");
    }

    @Test
    void contactsThatCannotBeReachedFailWithAReasonAndTheCampaignGoesOn() {
        String assistantId = assistantWithNumber("Collections");
        List<String> numbers = List.of("+13125550000", "+13125550001", "+13125550002", "+13125554321");

        JsonObject done = awaitCompleted(start(assistantId, "Collections", numbers, 2).json().getJsonObject("campaign").getString("id"));

        Map<String, JsonObject> byNumber = done.getJsonArray("contacts").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(contact -> contact.getString("phoneNumber"), contact -> contact));
        assertThat(byNumber.get("+13125550000").getString("status")).isEqualTo("failed");
        assertThat(byNumber.get("+13125550000").getString("failureReason")).contains("busy");
        assertThat(byNumber.get("+13125550001").getString("failureReason")).contains("answered");
        assertThat(byNumber.get("+13125550002").getString("failureReason")).contains("does not exist");
        assertThat(byNumber.get("+13125554321").getString("status")).isEqualTo("completed");
        assertThat(done.getJsonObject("totals").getInt("failed")).isEqualTo(3);
    }

    @Test
    void aLargeCampaignRetriedWithItsIdempotencyKeyGetsTheFirstAnswerAndStartsOnce() {
        String assistantId = assistantWithNumber("Big list");
        String contacts = contacts(1000, 3000).stream()
                .map(number -> "{\"phoneNumber\": \"" + number + "\", \"name\": \"Customer " + number + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        String body = "{\"assistantId\": \"" + assistantId + "\", \"name\": \"Big list\", \"contacts\": " + contacts
                + ", " + Api.ALL_DAY + "}";

        Api.Answer first = api.post("api/campaigns", account.key(), body, "big-list-1");
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        api.post("api/campaigns/" + first.json().getJsonObject("campaign").getString("id") + "/pause", account.key(), null);
        Api.Answer retried = api.post("api/campaigns", account.key(), body, "big-list-1");

        assertThat(first.text().length()).as("larger than a 64 KB TEXT column").isGreaterThan(65_535);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.text()).isEqualTo(first.text());
        assertThat(storedCampaigns()).isEqualTo(1);
    }

    @Test
    void anAssistantWithoutANumberCannotStartACampaign() {
        String assistantId = api.post("api/assistants", account.key(), "{\"name\": \"Mute\"}").json()
                .getJsonObject("assistant").getString("id");

        assertProblem(start(assistantId, "Silence", contacts(3, 4000), 1), 409, "assistant_has_no_number");
        assertThat(storedCampaigns()).isZero();
    }

    @Test
    void anotherAccountsCampaignIsNotFound() {
        String assistantId = assistantWithNumber("Private");
        String campaignId = start(assistantId, "Private", contacts(1, 5000), 1).json().getJsonObject("campaign").getString("id");
        Api.Account other = api.openAccount("Nosy Co", "pro");

        assertProblem(api.get("api/campaigns/" + campaignId, other.key()), 404, "not_found");
        assertProblem(api.post("api/campaigns/" + campaignId + "/pause", other.key(), null), 404, "not_found");
        assertProblem(api.post("api/campaigns/" + campaignId + "/resume", other.key(), null), 404, "not_found");
        awaitCompleted(campaignId);
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        String assistantId = assistantWithNumber("Careful");
        String valid = "\"contacts\": [{\"phoneNumber\": \"+13125550199\"}]";

        assertProblem(post("{\"assistantId\": \"" + assistantId + "\", \"name\": \"x\", \"contacts\": []}"), 400, "validation_failed");
        assertProblem(post("{\"assistantId\": \"" + assistantId + "\", " + valid + "}"), 400, "validation_failed");
        assertProblem(post("{\"assistantId\": \"" + assistantId + "\", \"name\": \"x\", " + valid + ", \"maxConcurrentCalls\": 51}"),
                400, "validation_failed");
        assertProblem(post("{\"assistantId\": \"" + assistantId + "\", \"name\": \"x\", " + valid + ", \"maxConcurrentCalls\": 0}"),
                400, "validation_failed");
        assertProblem(post("{\"assistantId\": \"" + assistantId + "\", \"name\": \"x\", \"contacts\": [{\"name\": \"Ann\"}]}"),
                400, "validation_failed");
        assertProblem(start(assistantId, "Too many", contacts(10_001, 0), 5), 400, "validation_failed");

        Api.Answer wrongNumbers = post("{\"assistantId\": \"" + assistantId + "\", \"name\": \"x\", \"contacts\": ["
                + "{\"phoneNumber\": \"+13125550199\"}, {\"phoneNumber\": \"+1312\"}, {\"phoneNumber\": \"0044 20 7946 0000\"}]}");
        assertProblem(wrongNumbers, 400, "invalid_phone_number");
        assertThat(wrongNumbers.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactly("contacts[1].phoneNumber", "contacts[2].phoneNumber");
        assertProblem(post("{\"assistantId\": \"as_01JD0000000000000000000000\", \"name\": \"x\", " + valid + "}"), 404, "not_found");
        assertThat(storedCampaigns()).isZero();
        assertThat(StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM calls WHERE account_id = ?", account.id())).isZero();
    }

    private Api.Answer post(String body) {
        return api.post("api/campaigns", account.key(), body);
    }

    private Api.Answer start(String assistantId, String name, List<String> numbers, int maxConcurrentCalls) {
        String contacts = numbers.stream()
                .map(number -> "{\"phoneNumber\": \"" + number + "\", \"name\": \"Contact " + number.substring(number.length() - 4) + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        return post("{\"assistantId\": \"" + assistantId + "\", \"name\": \"" + name + "\", \"contacts\": " + contacts
                + ", \"maxConcurrentCalls\": " + maxConcurrentCalls + ", " + Api.ALL_DAY + "}");
    }

    private JsonObject get(String campaignId) {
        Api.Answer answer = api.get("api/campaigns/" + campaignId, account.key());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().getJsonObject("campaign");
    }

    private JsonObject awaitCompleted(String campaignId) {
        long deadline = System.nanoTime() + FINISHES.toNanos();
        JsonObject campaign;
        do {
            campaign = get(campaignId);
            if (campaign.getString("status").equals("completed")) {
                return campaign;
            }
            Api.pause(Duration.ofMillis(250));
        } while (System.nanoTime() < deadline);
        throw new AssertionError(campaignId + " did not complete within " + FINISHES + ": " + campaign.getJsonObject("totals"));
    }

    private long storedCampaigns() {
        return StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM campaigns WHERE account_id = ?", account.id());
    }

    /** {@code count} valid US numbers of Chicago, from {@code +1312555} and {@code first} on. */
    private static List<String> contacts(int count, int first) {
        List<String> numbers = new ArrayList<>(count);
        IntStream.range(0, count).forEach(i -> numbers.add("+1312" + String.format("%07d", 5_550_000 + first + i).substring(0, 7)));
        return numbers;
    }

    private String assistantWithNumber(String name) {
        String assistantId = api.post("api/assistants", account.key(), "{\"name\": \"" + name + "\"}").json()
                .getJsonObject("assistant").getString("id");
        String phoneNumber = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"numberType\": \"local\"}");
        String id = api.purchase(account.key(), phoneNumber).json().getJsonObject("phoneNumber").getString("id");
        api.awaitStatus(account.key(), id, "active", Duration.ofSeconds(30));
        Api.Answer assigned = api.send("PUT", "api/assistants/" + assistantId + "/phone-numbers/" + id, account.key());
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
        return assistantId;
    }
}
