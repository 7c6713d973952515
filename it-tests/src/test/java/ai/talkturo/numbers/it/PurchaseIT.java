package ai.talkturo.numbers.it;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Buying numbers from the sandbox carrier, its rules and its races, as a partner sees them. */
class PurchaseIT {

    private static final Duration SETTLES = Duration.ofSeconds(30);

    /** The shared server's database, where a test reads what was stored. */
    private static final String DATABASE = SharedNumbers.database();

    private final URL deployment = SharedNumbers.url();

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    @Test
    void searchesBuysActivatesAndReleasesANumber() {
        Api.Account account = api.openAccount("Lifecycle", "starter");
        Api.Answer found = api.post("api/phone-numbers/search", account.key(),
                "{\"filters\": {\"countryCode\": \"US\", \"numberType\": \"local\", \"areaCode\": \"415\", \"limit\": 5}}");
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(found.json().getString("provider")).isEqualTo("sandbox");
        List<JsonObject> offers = found.json().getJsonArray("numbers").getValuesAs(JsonObject.class);
        assertThat(offers).hasSize(5).allSatisfy(offer -> {
            assertThat(offer.getString("phoneNumber")).startsWith("+1415");
            assertThat(offer.getString("locality")).isEqualTo("San Francisco");
            assertThat(offer.getString("monthlyPrice")).matches("\\d+\\.\\d{2}");
        });
        String phoneNumber = offers.get(0).getString("phoneNumber");

        Api.Answer bought = api.purchase(account.key(), phoneNumber);

        assertThat(bought.status()).as(bought.text()).isEqualTo(202);
        JsonObject purchasing = bought.json().getJsonObject("phoneNumber");
        assertThat(purchasing.getString("status")).isEqualTo("purchasing");
        assertThat(purchasing.getString("phoneNumber")).isEqualTo(phoneNumber);
        assertThat(purchasing.getBoolean("trial")).isFalse();
        String id = purchasing.getString("id");
        JsonObject active = api.awaitStatus(account.key(), id, "active", SETTLES);
        assertThat(active.getString("activatedAt")).isNotBlank();
        assertThat(active.getString("provider")).isEqualTo("sandbox");
        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getInt("numbersInUse")).isEqualTo(1);

        Api.Answer released = api.delete("api/phone-numbers/" + id, account.key());

        assertThat(released.status()).as(released.text()).isEqualTo(200);
        assertThat(released.json().getJsonObject("phoneNumber").getString("status")).isEqualTo("released");
        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getInt("numbersInUse")).isZero();
        assertProblem(api.delete("api/phone-numbers/" + id, account.key()), 409, "invalid_status_transition");
    }

    /** This deployment has no numbers.secrets.key: it keeps no carrier credentials, so it imports nothing. */
    @Test
    void importsAreRefusedWithoutASecretsKeyAndNothingIsStored() {
        Api.Account account = api.openAccount("No key here", "starter");

        Api.Answer refused = api.post("api/phone-numbers/import", account.key(), "{\"provider\": \"sandbox\", "
                + "\"phoneNumber\": \"+16465550107\", \"credentials\": {\"apiKey\": \"sandbox-own\"}}");

        assertProblem(refused, 503, "secrets_key_missing");
        assertThat(refused.json().getString("detail")).contains("numbers.secrets.key");
        assertThat(StoredRows.countIn(DATABASE, "select count(*) from phone_numbers where phone_number = ?", "+16465550107")).isZero();
    }

    @Test
    void aNumberBoughtForAnAssistantIsAssignedWhenItTurnsActive() {
        Api.Account account = api.openAccount("Assigned", "starter");
        String assistantId = api.post("api/assistants", account.key(), "{\"name\": \"Receptionist\"}")
                .json().getJsonObject("assistant").getString("id");
        String phoneNumber = api.anOffer(account.key(), "{\"countryCode\": \"CA\", \"numberType\": \"toll-free\"}");

        String id = api.post("api/phone-numbers/purchase", account.key(),
                        "{\"phoneNumber\": \"" + phoneNumber + "\", \"assistantId\": \"" + assistantId + "\"}")
                .json().getJsonObject("phoneNumber").getString("id");

        assertThat(api.awaitStatus(account.key(), id, "active", SETTLES).getString("assistantId")).isEqualTo(assistantId);
        assertThat(api.get("api/assistants/" + assistantId, account.key()).json().getJsonObject("assistant")
                .getJsonArray("phoneNumberIds").getString(0)).isEqualTo(id);
        assertThat(api.all("api/phone-numbers?assistantId=" + assistantId, account.key(), "phoneNumbers")).hasSize(1);
    }

    @Test
    void aFreeAccountGetsOneTrialNumberThatExpiresAndAnUpgradeKeepsIt() {
        Api.Account account = api.openAccount("Free", "free");
        String first = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"areaCode\": \"212\"}");
        JsonObject trial = api.purchase(account.key(), first).json().getJsonObject("phoneNumber");
        assertThat(trial.getBoolean("trial")).isTrue();
        assertThat(trial.getString("expiresAt")).isNotBlank();
        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getBoolean("trialNumberAvailable")).isFalse();

        String second = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"areaCode\": \"512\"}");
        assertProblem(api.purchase(account.key(), second), 402, "trial_number_in_use");

        api.patch("api/admin/accounts/" + account.id(), Api.OPERATOR_KEY, "{\"plan\": \"starter\"}");
        JsonObject kept = api.get("api/phone-numbers/" + trial.getString("id"), account.key()).json().getJsonObject("phoneNumber");
        assertThat(kept.getBoolean("trial")).isFalse();
        assertThat(kept.isNull("expiresAt")).isTrue();
        assertThat(api.purchase(account.key(), second).status()).isEqualTo(202);
    }

    @Test
    void aPaidPlanBuysUpToItsLimit() {
        Api.Account account = api.openAccount("Starter", "starter");
        List<JsonObject> offers = api.post("api/phone-numbers/search", account.key(),
                        "{\"filters\": {\"countryCode\": \"US\", \"areaCode\": \"206\", \"limit\": 6}}")
                .json().getJsonArray("numbers").getValuesAs(JsonObject.class);

        for (JsonObject offer : offers.subList(0, 5)) {
            assertThat(api.purchase(account.key(), offer.getString("phoneNumber")).status()).isEqualTo(202);
        }

        assertProblem(api.purchase(account.key(), offers.get(5).getString("phoneNumber")), 402, "plan_limit_reached");
        assertThat(api.all("api/phone-numbers", account.key(), "phoneNumbers")).hasSize(5);
    }

    @Test
    void aGermanGeographicNumberNeedsAnAddressInItsLocalityAndAComplianceProfile() {
        Api.Account account = api.openAccount("Berlin GmbH", "pro");
        String berlin = api.anOffer(account.key(), "{\"countryCode\": \"DE\", \"numberType\": \"local\", \"areaCode\": \"30\"}");
        assertProblem(api.purchase(account.key(), berlin), 422, "address_required");

        String munich = address(account, "München");
        assertProblem(api.post("api/phone-numbers/purchase", account.key(),
                "{\"phoneNumber\": \"" + berlin + "\", \"addressId\": \"" + munich + "\"}"), 422, "address_required");

        String inBerlin = address(account, "Berlin");
        assertProblem(api.post("api/phone-numbers/purchase", account.key(),
                "{\"phoneNumber\": \"" + berlin + "\", \"addressId\": \"" + inBerlin + "\"}"), 422,
                "regulatory_documents_required");
        assertThat(api.all("api/phone-numbers", account.key(), "phoneNumbers")).isEmpty();
    }

    @Test
    void refusesAnotherAccountsAddress() {
        Api.Account owner = api.openAccount("Owner", "pro");
        Api.Account other = api.openAccount("Other", "pro");
        String berlin = api.anOffer(other.key(), "{\"countryCode\": \"DE\", \"areaCode\": \"30\"}");

        assertProblem(api.post("api/phone-numbers/purchase", other.key(),
                "{\"phoneNumber\": \"" + berlin + "\", \"addressId\": \"" + address(owner, "Berlin") + "\"}"), 404, "not_found");
    }

    @Test
    void anOperatorSuspendsAndResumesANumber() {
        Api.Account account = api.openAccount("Suspended Co", "starter");
        String id = api.purchase(account.key(), api.anOffer(account.key(), "{\"countryCode\": \"US\", \"numberType\": \"toll-free\"}"))
                .json().getJsonObject("phoneNumber").getString("id");
        api.awaitStatus(account.key(), id, "active", SETTLES);

        Api.Answer suspended = api.post("api/admin/phone-numbers/" + id + "/suspend", Api.OPERATOR_KEY, "{\"reason\": \"Unpaid invoice 42\"}");

        assertThat(suspended.status()).as(suspended.text()).isEqualTo(200);
        JsonObject seen = api.get("api/phone-numbers/" + id, account.key()).json().getJsonObject("phoneNumber");
        assertThat(seen.getString("status")).isEqualTo("suspended");
        assertThat(seen.getString("statusReason")).isEqualTo("Unpaid invoice 42");
        assertProblem(api.post("api/admin/phone-numbers/" + id + "/suspend", Api.OPERATOR_KEY, "{\"reason\": \"again\"}"),
                409, "invalid_status_transition");
        assertProblem(api.post("api/admin/phone-numbers/" + id + "/suspend", Api.OPERATOR_KEY, "{}"), 400, "validation_failed");

        assertThat(api.post("api/admin/phone-numbers/" + id + "/resume", Api.OPERATOR_KEY, null).status()).isEqualTo(200);
        assertThat(api.get("api/phone-numbers/" + id, account.key()).json().getJsonObject("phoneNumber").getString("status"))
                .isEqualTo("active");
        assertProblem(api.post("api/admin/phone-numbers/" + id + "/resume", Api.OPERATOR_KEY, null), 409, "invalid_status_transition");
    }

    @Test
    void concurrentPurchasesOfOneNumberLetExactlyOneWin() throws Exception {
        String phoneNumber = api.anOffer(api.openAccount("Scout", "pro").key(), "{\"countryCode\": \"US\", \"numberType\": \"toll-free\"}");
        List<Api.Account> buyers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            buyers.add(api.openAccount("Racer " + i, "pro"));
        }

        List<Api.Answer> answers = race(buyers.stream().<Callable<Api.Answer>>map(buyer -> () -> api.purchase(buyer.key(), phoneNumber)).toList());

        assertThat(answers).filteredOn(answer -> answer.status() == 202).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 202)
                .hasSize(9)
                .allSatisfy(answer -> assertProblem(answer, 409, "number_not_available"));
        long holders = buyers.stream().mapToLong(buyer -> api.all("api/phone-numbers", buyer.key(), "phoneNumbers").size()).sum();
        assertThat(holders).isEqualTo(1);
    }

    @Test
    void concurrentPurchasesOfOneFreeAccountGetExactlyOneTrialNumber() throws Exception {
        Api.Account account = api.openAccount("Greedy Free", "free");
        List<JsonObject> offers = api.post("api/phone-numbers/search", account.key(),
                        "{\"filters\": {\"countryCode\": \"CA\", \"areaCode\": \"604\", \"limit\": 10}}")
                .json().getJsonArray("numbers").getValuesAs(JsonObject.class);

        List<Api.Answer> answers = race(offers.stream()
                .<Callable<Api.Answer>>map(offer -> () -> api.purchase(account.key(), offer.getString("phoneNumber"))).toList());

        assertThat(answers).filteredOn(answer -> answer.status() == 202).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 202)
                .allSatisfy(answer -> assertProblem(answer, 402, "trial_number_in_use"));
        assertThat(api.all("api/phone-numbers", account.key(), "phoneNumbers")).hasSize(1);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        Api.Account account = api.openAccount("Retrying", "pro");
        String phoneNumber = api.anOffer(account.key(), "{\"countryCode\": \"CA\", \"areaCode\": \"416\"}");
        String body = "{\"phoneNumber\": \"" + phoneNumber + "\"}";

        Api.Answer first = api.post("api/phone-numbers/purchase", account.key(), body, "order-7");
        Api.Answer retry = api.post("api/phone-numbers/purchase", account.key(), body, "order-7");

        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.json().getJsonObject("phoneNumber").getString("id"))
                .isEqualTo(first.json().getJsonObject("phoneNumber").getString("id"));
        assertThat(api.all("api/phone-numbers", account.key(), "phoneNumbers")).hasSize(1);
        assertProblem(api.post("api/phone-numbers/purchase", account.key(), "{\"phoneNumber\": \"+14155550100\"}", "order-7"),
                422, "idempotency_key_reused");
        assertProblem(api.post("api/phone-numbers/purchase", account.key(), body, "k".repeat(256)), 400, "validation_failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"filters\": {\"countryCode\": \"US\", \"limit\": 0}}",
            "{\"filters\": {\"countryCode\": \"US\", \"limit\": 21}}",
            "{\"filters\": {\"countryCode\": \"US\", \"limit\": \"many\"}}",
            "{\"filters\": {\"countryCode\": \"usa\"}}",
            "{\"filters\": {\"numberType\": \"local\"}}",
            "{\"filters\": {\"countryCode\": \"US\", \"numberType\": \"premium\"}}",
            "{\"filters\": {\"countryCode\": \"US\", \"areaCode\": \"4a5\"}}",
            "{\"filters\": {\"countryCode\": \"US\", \"contains\": \"55-55\"}}",
            "{\"filters\": {\"countryCode\": \"US\", \"colour\": \"red\"}}",
            "{\"filters\": {\"countryCode\": \"AE\", \"numberType\": \"toll-free\"}}",
            "{\"countryCode\": \"US\"}",
            "{}"})
    void refusesABadSearch(String body) {
        assertProblem(api.post("api/phone-numbers/search", api.openAccount("Searcher", "free").key(), body), 400, "validation_failed");
    }

    @Test
    void refusesACountryItDoesNotSell() {
        Api.Account account = api.openAccount("Abroad", "pro");

        Api.Answer search = api.post("api/phone-numbers/search", account.key(), "{\"filters\": {\"countryCode\": \"FR\"}}");
        Api.Answer purchase = api.purchase(account.key(), "+33142685300");

        assertProblem(search, 422, "country_not_supported");
        assertThat(search.json().getString("detail")).contains("AE, US, CA, DE, AT, CH");
        assertProblem(purchase, 422, "country_not_supported");
        assertThat(api.all("api/phone-numbers", account.key(), "phoneNumbers")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1415555", "14155550101", "+1 415 555 0101", "+0123456789", "+1415555010a", "+4930"})
    void refusesAnInvalidNumberAndStoresNothing(String phoneNumber) {
        Api.Account account = api.openAccount("Typo", "pro");

        assertProblem(api.purchase(account.key(), phoneNumber), 400, "invalid_phone_number");
        assertThat(api.all("api/phone-numbers", account.key(), "phoneNumbers")).isEmpty();
    }

    @Test
    void refusesANumberThatWasNeverOffered() {
        Api.Account account = api.openAccount("Guesser", "pro");
        String offered = api.anOffer(account.key(), "{\"countryCode\": \"US\", \"areaCode\": \"415\"}");
        String neighbour = offered.substring(0, offered.length() - 1) + ((offered.charAt(offered.length() - 1) - '0' + 1) % 10);

        assertProblem(api.purchase(account.key(), neighbour), 409, "number_not_available");
        assertThat(api.all("api/phone-numbers", account.key(), "phoneNumbers")).isEmpty();
    }

    @Test
    void refusesABadPurchaseBody() {
        Api.Account account = api.openAccount("Sloppy", "pro");

        for (String body : List.of("{}", "{\"phoneNumber\": 14155550101}", "{\"phoneNumber\": \"+14155550101\", \"extra\": 1}",
                "{\"phoneNumber\": \"+14155550101\", \"assistantId\": \"as_nope\"}")) {
            Api.Answer answer = api.post("api/phone-numbers/purchase", account.key(), body);
            assertThat(answer.status()).as(body + " → " + answer.text()).isIn(400, 404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.all("api/phone-numbers", account.key(), "phoneNumbers")).isEmpty();
    }

    @Test
    void anotherAccountsNumberIsNotFound() {
        Api.Account owner = api.openAccount("Holder", "pro");
        String id = api.purchase(owner.key(), api.anOffer(owner.key(), "{\"countryCode\": \"US\", \"numberType\": \"toll-free\"}"))
                .json().getJsonObject("phoneNumber").getString("id");
        Api.Account other = api.openAccount("Prober", "pro");

        assertProblem(api.get("api/phone-numbers/" + id, other.key()), 404, "not_found");
        assertProblem(api.delete("api/phone-numbers/" + id, other.key()), 404, "not_found");
        assertProblem(api.get("api/phone-numbers?status=bogus", other.key()), 400, "validation_failed");
    }

    private String address(Api.Account account, String city) {
        Api.Answer added = api.post("api/addresses", account.key(), "{\"customerName\": \"Acme GmbH\", \"street\": \"Hauptstraße 1\", "
                + "\"city\": \"" + city + "\", \"postalCode\": \"10115\", \"countryCode\": \"DE\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return added.json().getJsonObject("address").getString("id");
    }

    private static List<Api.Answer> race(List<Callable<Api.Answer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Answer>> futures = new ArrayList<>();
            for (Callable<Api.Answer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Answer> answers = new ArrayList<>();
            for (Future<Api.Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
