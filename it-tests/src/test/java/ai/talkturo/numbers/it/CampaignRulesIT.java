package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A campaign's rules over HTTP, through the sandbox carrier: each contact's call window in its own time, a machine's
 * answer as voicemail, retries, the do-not-call list and the numbers a campaign calls from; bad rules are refused
 * before anything is stored.
 */
class CampaignRulesIT {

    private static final Duration FINISHES = Duration.ofSeconds(90);
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final String DATABASE = SharedNumbers.database();

    private final URL deployment = SharedNumbers.url();

    private Api api;
    private Api.Account account;
    private String assistantId;
    private String phoneNumberId;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        account = api.openAccount("Rules & Co", "pro");
        assistantId = api.newAssistant(account.key(), "Outbound");
        phoneNumberId = api.activeNumber(account.key(), "{\"countryCode\": \"US\", \"numberType\": \"local\"}",
                Duration.ofSeconds(30)).getString("id");
        api.assign(account.key(), assistantId, phoneNumberId);
    }

    @Test
    void aContactOutsideItsWindowIsNotDialledAndTheCampaignSaysWhenItsWindowOpens() {
        ZonedDateTime inChicago = ZonedDateTime.now(CHICAGO);
        int opens = inChicago.getHour() <= 20 ? inChicago.getHour() + 2 : inChicago.getHour() - 3;
        String window = String.format("\"callWindow\": {\"start\": \"%02d:00\", \"end\": \"%02d:00\"}", opens, opens + 1);
        ZonedDateTime opening = inChicago.truncatedTo(ChronoUnit.DAYS).with(LocalTime.of(opens, 0));
        Instant due = (opening.isAfter(inChicago) ? opening : opening.plusDays(1)).toInstant();

        JsonObject started = start(List.of("+13125554400", "+13125554401"), window).json().getJsonObject("campaign");
        Api.pause(Duration.ofSeconds(3));
        JsonObject campaign = get(started.getString("id"));

        assertThat(campaign.getString("status")).as(campaign.toString()).isEqualTo("waiting_for_window");
        assertThat(Instant.parse(campaign.getString("nextWindowOpensAt"))).isEqualTo(due);
        assertThat(campaign.getJsonObject("callWindow").getString("start")).isEqualTo(String.format("%02d:00", opens));
        assertThat(campaign.getJsonArray("contacts").getValuesAs(JsonObject.class)).allSatisfy(contact -> {
            assertThat(contact.getString("status")).isEqualTo("pending");
            assertThat(contact.getString("waitingFor")).isEqualTo("waiting_for_window");
            assertThat(Instant.parse(contact.getString("dueAt"))).isEqualTo(due);
            assertThat(contact.getJsonArray("attempts")).isEmpty();
        });
        assertThat(calls(started.getString("id"))).isZero();
    }

    @Test
    void aCallAMachineAnswersEndsItsContactAsVoicemail() {
        JsonObject done = awaitCompleted(start(List.of("+13125550003", "+13125554402"),
                Api.ALL_DAY + ", \"voicemail\": \"hang-up\"").json().getJsonObject("campaign").getString("id"));

        Map<String, JsonObject> contacts = byNumber(done);
        assertThat(contacts.get("+13125550003").getString("status")).isEqualTo("voicemail");
        assertThat(contacts.get("+13125550003").getJsonArray("attempts").getJsonObject(0).getString("status"))
                .isEqualTo("voicemail");
        assertThat(contacts.get("+13125554402").getString("status")).isEqualTo("completed");
        assertThat(done.getJsonObject("totals").getInt("voicemail")).isEqualTo(1);
        assertThat(done.getString("voicemail")).isEqualTo("hang-up");
    }

    @Test
    void aBusyContactWaitsForItsRetryWithItsFirstAttemptKept() {
        JsonObject started = start(List.of("+13125550000"), Api.ALL_DAY
                + ", \"retry\": {\"maxAttempts\": 3, \"after\": \"PT5M\", \"on\": [\"busy\"]}").json()
                .getJsonObject("campaign");
        assertThat(started.getJsonObject("retry").getInt("maxAttempts")).isEqualTo(3);

        Api.await("the first attempt ends busy", FINISHES, () -> !contactsOf(get(started.getString("id"))).get(0)
                .getJsonArray("attempts").isEmpty() && "pending".equals(contactsOf(get(started.getString("id"))).get(0)
                .getString("status")));

        JsonObject contact = contactsOf(get(started.getString("id"))).get(0);
        assertThat(contact.getString("waitingFor")).isEqualTo("waiting_for_retry");
        JsonObject attempt = contact.getJsonArray("attempts").getJsonObject(0);
        assertThat(attempt.getString("status")).isEqualTo("busy");
        assertThat(Duration.between(Instant.parse(attempt.getString("at")), Instant.parse(contact.getString("dueAt"))))
                .isBetween(Duration.ofMinutes(5).minusSeconds(2), Duration.ofMinutes(5).plusSeconds(2));
        assertThat(get(started.getString("id")).getString("status")).isEqualTo("running");
        assertThat(calls(started.getString("id"))).isEqualTo(1);
    }

    @Test
    void aNumberOnTheDoNotCallListIsSkippedByCampaignsAndRefusedToCalls() {
        Api.Answer added = api.post("api/do-not-call", account.key(),
                "{\"phoneNumbers\": [\"+13125554403\", \"+13125554404\", \"+13125554403\"]}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().getJsonArray("phoneNumbers")).hasSize(2);
        assertThat(api.get("api/do-not-call", account.key()).json().getJsonArray("phoneNumbers")
                .getValuesAs(JsonObject.class)).extracting(entry -> entry.getString("phoneNumber"))
                .containsExactly("+13125554403", "+13125554404");

        JsonObject done = awaitCompleted(start(List.of("+13125554403", "+13125554405"), Api.ALL_DAY).json()
                .getJsonObject("campaign").getString("id"));
        JsonObject skipped = byNumber(done).get("+13125554403");
        assertThat(skipped.getString("status")).isEqualTo("skipped");
        assertThat(skipped.getString("reason")).isEqualTo("do_not_call");
        assertThat(skipped.getJsonArray("attempts")).isEmpty();
        assertThat(done.getJsonObject("totals").getInt("skipped")).isEqualTo(1);
        assertThat(calls(done.getString("id"))).isEqualTo(1);
        assertProblem(api.post("api/calls", account.key(), "{\"assistantId\": \"" + assistantId
                + "\", \"to\": \"+13125554404\"}"), 409, "do_not_call");

        assertThat(api.delete("api/do-not-call/+13125554404", account.key()).status()).isEqualTo(200);
        assertProblem(api.delete("api/do-not-call/+13125554404", account.key()), 404, "not_found");
        assertThat(api.post("api/calls", account.key(), "{\"assistantId\": \"" + assistantId
                + "\", \"to\": \"+13125554404\"}").status()).isEqualTo(201);
        Api.Account other = api.openAccount("Other list", "pro");
        assertThat(api.get("api/do-not-call", other.key()).json().getJsonArray("phoneNumbers")).isEmpty();
    }

    @Test
    void aCampaignCallsOnlyFromTheNumbersItNames() {
        JsonObject done = awaitCompleted(start(List.of("+13125554406"), Api.ALL_DAY + ", \"fromNumberIds\": [\""
                + phoneNumberId + "\"]").json().getJsonObject("campaign").getString("id"));

        assertThat(done.getJsonArray("fromNumberIds").getString(0)).isEqualTo(phoneNumberId);
        assertThat(StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM calls WHERE campaign_id = ? AND phone_number_id = ?",
                done.getString("id"), phoneNumberId)).isEqualTo(1);

        Api.Account other = api.openAccount("Not yours", "pro");
        String theirs = api.activeNumber(other.key(), "{\"countryCode\": \"US\", \"numberType\": \"local\"}",
                Duration.ofSeconds(30)).getString("id");
        long before = campaigns();
        assertProblem(start(List.of("+13125554407"), "\"fromNumberIds\": [\"" + theirs + "\"]"), 409, "number_not_active");
        assertThat(campaigns()).isEqualTo(before);
    }

    @Test
    void badRulesAreRefusedWithEachFieldNamedAndNothingIsStored() {
        assertRefused("\"callWindow\": {\"start\": \"21:00\", \"end\": \"08:00\"}", "callWindow.end");
        assertRefused("\"callWindow\": {\"start\": \"9am\", \"end\": \"25:00\", \"days\": [\"funday\"]}",
                "callWindow.days[0]", "callWindow.end", "callWindow.start");
        assertRefused("\"retry\": {\"maxAttempts\": 6, \"on\": [\"completed\"]}", "retry.maxAttempts", "retry.on[0]");
        assertRefused("\"retry\": {\"maxAttempts\": 2, \"after\": \"half an hour\"}", "retry.after");
        assertRefused("\"retry\": {\"maxAttempts\": 2, \"after\": \"PT10S\"}", "retry.after");
        assertRefused("\"voicemail\": \"beep\"", "voicemail");
        assertProblem(api.post("api/do-not-call", account.key(), "{\"phoneNumbers\": [\"+1312\", \"+13125554408\"]}"),
                400, "invalid_phone_number");
        assertThat(api.get("api/do-not-call", account.key()).json().getJsonArray("phoneNumbers")).isEmpty();
        assertThat(campaigns()).isZero();
    }

    private void assertRefused(String rules, String... fields) {
        Api.Answer refused = start(List.of("+13125554409"), rules);
        assertProblem(refused, 400, "validation_failed");
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).containsExactly(fields);
    }

    private Api.Answer start(List<String> numbers, String rules) {
        String contacts = numbers.stream().map(number -> "{\"phoneNumber\": \"" + number + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        return api.post("api/campaigns", account.key(), "{\"assistantId\": \"" + assistantId
                + "\", \"name\": \"Rules\", \"contacts\": " + contacts + ", " + rules + "}");
    }

    private JsonObject get(String campaignId) {
        Api.Answer answer = api.get("api/campaigns/" + campaignId, account.key());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().getJsonObject("campaign");
    }

    private JsonObject awaitCompleted(String campaignId) {
        Api.await("campaign " + campaignId + " completes", FINISHES,
                () -> get(campaignId).getString("status").equals("completed"));
        return get(campaignId);
    }

    private static List<JsonObject> contactsOf(JsonObject campaign) {
        return campaign.getJsonArray("contacts").getValuesAs(JsonObject.class);
    }

    private static Map<String, JsonObject> byNumber(JsonObject campaign) {
        return contactsOf(campaign).stream().collect(Collectors.toMap(contact -> contact.getString("phoneNumber"),
                contact -> contact));
    }

    private long calls(String campaignId) {
        return StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM calls WHERE campaign_id = ?", campaignId);
    }

    private long campaigns() {
        return StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM campaigns WHERE account_id = ?", account.id());
    }
}
