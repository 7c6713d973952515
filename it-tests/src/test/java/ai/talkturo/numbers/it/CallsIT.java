package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbound calls through the sandbox carrier, as a partner places and follows them: the caller ID is one of the
 * assistant's numbers, chosen by the rules of API.md; the sandbox plays the call out and its reports move it on.
 */
class CallsIT {

    private static final Duration ENDS = Duration.ofSeconds(30);
    private static final String CALLEE = "+13125550199";

    /** The shared server's database, where a test reads what was stored. */
    private static final String DATABASE = SharedNumbers.database();

    private final URL deployment = SharedNumbers.url();

    private Api api;
    private Api.Account account;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        account = api.openAccount("Outbound Co", "pro");
    }

    @Test
    void placesACallFromTheAssistantsNumberAndFollowsItToTheEnd() {
        String assistantId = assistant("Caller");
        JsonObject number = activeNumber("US");
        assign(assistantId, number);

        Api.Answer placed = call(assistantId, CALLEE, null);

        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        assertThat(placed.json().getBoolean("success")).isTrue();
        JsonObject call = placed.json().getJsonObject("call");
        assertThat(call.getString("id")).startsWith("call_");
        assertThat(call.getString("from")).isEqualTo(number.getString("phoneNumber"));
        assertThat(call.getString("to")).isEqualTo(CALLEE);
        assertThat(call.getString("assistantId")).isEqualTo(assistantId);
        assertThat(call.getString("phoneNumberId")).isEqualTo(number.getString("id"));
        assertThat(call.getString("provider")).isEqualTo("sandbox");
        assertThat(call.getString("status")).isIn("queued", "ringing");

        JsonObject ended = awaitCall(call.getString("id"), "completed");
        assertThat(ended.getString("answeredAt")).isNotBlank();
        assertThat(ended.getString("endedAt")).isNotBlank();
        assertThat(ended.isNull("failureReason")).isTrue();
    }

    @Test
    void aBusyLineEndsTheCallBusyWithAReason() {
        String assistantId = assistant("Persistent");
        assign(assistantId, activeNumber("US"));

        String callId = call(assistantId, "+13125550000", null).json().getJsonObject("call").getString("id");

        JsonObject busy = awaitCall(callId, "busy");
        assertThat(busy.getString("failureReason")).contains("busy");
        assertThat(busy.isNull("answeredAt")).isTrue();
    }

    @Test
    void anAssistantWithoutANumberCannotCall() {
        String assistantId = assistant("Mute");

        assertProblem(call(assistantId, CALLEE, null), 409, "assistant_has_no_number");
        assertThat(storedCalls()).isZero();
    }

    @Test
    void prefersANumberInTheCountryCalledElseTheOldest() {
        String assistantId = assistant("Traveller");
        JsonObject american = activeNumber("US");
        JsonObject canadian = activeNumber("CA");
        assign(assistantId, american);
        assign(assistantId, canadian);

        assertThat(call(assistantId, "+14165550199", null).json().getJsonObject("call").getString("from"))
                .isEqualTo(canadian.getString("phoneNumber"));
        assertThat(call(assistantId, "+442079460000", null).json().getJsonObject("call").getString("from"))
                .isEqualTo(american.getString("phoneNumber"));
    }

    @Test
    void fromChoosesTheCallerIdAmongTheAssistantsNumbersOnly() {
        String assistantId = assistant("Picky");
        JsonObject first = activeNumber("US");
        JsonObject second = activeNumber("US");
        assign(assistantId, first);
        assign(assistantId, second);
        JsonObject elsewhere = activeNumber("US");
        assign(assistant("Other"), elsewhere);

        Api.Answer chosen = call(assistantId, CALLEE, second.getString("phoneNumber"));

        assertThat(chosen.status()).as(chosen.text()).isEqualTo(201);
        assertThat(chosen.json().getJsonObject("call").getString("from")).isEqualTo(second.getString("phoneNumber"));
        long before = storedCalls();
        assertProblem(call(assistantId, CALLEE, elsewhere.getString("phoneNumber")), 409, "number_not_active");
        api.post("api/admin/phone-numbers/" + second.getString("id") + "/suspend", Api.OPERATOR_KEY, "{\"reason\": \"Audit\"}");
        assertProblem(call(assistantId, CALLEE, second.getString("phoneNumber")), 409, "number_not_active");
        assertThat(storedCalls()).isEqualTo(before);
    }

    @Test
    void aGeographicNumberOfTheEmiratesIsNeverTheCallerId() {
        String assistantId = assistant("Dubai Desk");
        JsonObject emirati = activeNumber("AE");
        assign(assistantId, emirati);

        assertProblem(call(assistantId, "+97143456789", null), 409, "assistant_has_no_number");

        JsonObject american = activeNumber("US");
        assign(assistantId, american);
        Api.Answer placed = call(assistantId, "+97143456789", null);
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);
        assertThat(placed.json().getJsonObject("call").getString("from")).isEqualTo(american.getString("phoneNumber"));
        assertProblem(call(assistantId, "+97143456789", emirati.getString("phoneNumber")), 409, "number_not_active");
    }

    @Test
    void anotherAccountsCallIsNotFound() {
        String assistantId = assistant("Private");
        assign(assistantId, activeNumber("US"));
        String callId = call(assistantId, CALLEE, null).json().getJsonObject("call").getString("id");
        Api.Account other = api.openAccount("Nosy Co", "pro");

        assertProblem(api.get("api/calls/" + callId, other.key()), 404, "not_found");
        assertProblem(api.get("api/calls/call_01JD0000000000000000000000", account.key()), 404, "not_found");
        assertThat(api.get("api/calls/" + callId, account.key()).status()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedAndNothingIsPlaced() {
        String assistantId = assistant("Careful");
        assign(assistantId, activeNumber("US"));

        assertProblem(api.post("api/calls", account.key(), "{\"assistantId\": \"" + assistantId + "\"}"), 400, "validation_failed");
        assertProblem(call(assistantId, "4155550123", null), 400, "invalid_phone_number");
        assertProblem(call(assistantId, "+1415555", null), 400, "invalid_phone_number");
        assertProblem(call(assistantId, CALLEE, "not a number"), 400, "invalid_phone_number");
        assertProblem(api.post("api/calls", account.key(), "{\"assistantId\": \"" + assistantId + "\", \"to\": \"" + CALLEE
                + "\", \"record\": true}"), 400, "validation_failed");
        assertProblem(api.post("api/calls", account.key(), "{\"assistantId\": 7, \"to\": \"" + CALLEE + "\"}"), 400,
                "validation_failed");
        assertProblem(api.post("api/calls", account.key(), "{not json"), 400, "validation_failed");
        assertProblem(call("as_01JD0000000000000000000000", CALLEE, null), 404, "not_found");
        assertThat(storedCalls()).isZero();
    }

    private Api.Answer call(String assistantId, String to, String from) {
        return api.post("api/calls", account.key(), "{\"assistantId\": \"" + assistantId + "\", \"to\": \"" + to + "\""
                + (from == null ? "" : ", \"from\": \"" + from + "\"") + "}");
    }

    private JsonObject awaitCall(String callId, String status) {
        long deadline = System.nanoTime() + ENDS.toNanos();
        JsonObject call;
        do {
            call = api.get("api/calls/" + callId, account.key()).json().getJsonObject("call");
            if (status.equals(call.getString("status"))) {
                return call;
            }
            Api.pause(Duration.ofMillis(200));
        } while (System.nanoTime() < deadline);
        throw new AssertionError(callId + " did not become " + status + " within " + ENDS + ": " + call);
    }

    private long storedCalls() {
        return StoredRows.countIn(DATABASE, "SELECT COUNT(*) FROM calls WHERE account_id = ?", account.id());
    }

    private String assistant(String name) {
        return api.post("api/assistants", account.key(), "{\"name\": \"" + name + "\"}").json().getJsonObject("assistant").getString("id");
    }

    private JsonObject activeNumber(String country) {
        String phoneNumber = api.anOffer(account.key(), "{\"countryCode\": \"" + country + "\", \"numberType\": \"local\"}");
        Api.Answer bought = List.of("US", "CA").contains(country) ? api.purchase(account.key(), phoneNumber)
                : api.post("api/phone-numbers/purchase", account.key(), "{\"phoneNumber\": \"" + phoneNumber
                        + "\", \"complianceProfileId\": \"" + api.approvedProfile(account.key(), country, "local",
                        "Dubai", ENDS) + "\"}");
        assertThat(bought.status()).as(bought.text()).isEqualTo(202);
        return api.awaitStatus(account.key(), bought.json().getJsonObject("phoneNumber").getString("id"), "active", ENDS);
    }

    private void assign(String assistantId, JsonObject number) {
        Api.Answer assigned = api.send("PUT", "api/assistants/" + assistantId + "/phone-numbers/" + number.getString("id"), account.key());
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
    }
}
