package ai.talkturo.numbers.it.twilio;

import static ai.talkturo.numbers.it.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.it.Api;
import ai.talkturo.numbers.it.NumbersWar;
import ai.talkturo.numbers.it.StoredRows;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.OwnedNumber;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.RecordedRequest;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Fault;
import ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Numbers bought from Twilio, stood in for by {@link TwilioSimulator}: the whole lifecycle as a partner sees it over
 * HTTP, and what Twilio was asked, while Twilio fails in the ways it does. A purchase is never sent twice to buy one
 * number, since Twilio has no idempotency key: a lost answer is settled by asking which numbers the account owns.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwilioLifecycleIT {

    private static final String PUBLIC_BASE_URL = "https://numbers.example.com";
    /** Orders settle right away, or through reconciliation every 5 s once 3 s old; generous for a busy machine. */
    private static final Duration SETTLES = Duration.ofSeconds(60);
    /** A release reaches Twilio right after it commits, else at the next release retry (5 s here). */
    private static final Duration RELEASE_REACHES_TWILIO = Duration.ofSeconds(90);
    private static final String US_LOCAL = "{\"countryCode\": \"US\", \"numberType\": \"local\"}";

    private static TwilioSimulator twilio;

    @Deployment(testable = false)
    static WebArchive numbers() {
        twilio = new TwilioSimulator().start();
        return NumbersWar.onOwnDatabase("twilio", Map.of(
                "numbers.carrier", "twilio",
                "numbers.twilio.base-url", twilio.baseUrl(),
                "numbers.twilio.numbers-base-url", twilio.baseUrl(),
                "numbers.twilio.numbers-upload-base-url", twilio.baseUrl(),
                "numbers.compliance.review-poll", "PT1M",
                "numbers.twilio.account-sid", TwilioSimulator.ACCOUNT_SID,
                "numbers.twilio.auth-token", TwilioSimulator.AUTH_TOKEN,
                "numbers.public-base-url", PUBLIC_BASE_URL,
                "numbers.purchase.reconcile-after", "PT3S"));
    }

    @AfterAll
    static void stopTwilio() {
        if (twilio != null) {
            twilio.close();
        }
    }

    @ArquillianResource
    URL deployment;

    private Api api;
    private Api.Account account;

    @BeforeEach
    void openAccount() {
        api = new Api(deployment);
        account = api.openAccount("Voice agents on Twilio", "enterprise");
    }

    @AfterEach
    void forgetFaults() {
        twilio.clearFaults();
    }

    @Test
    @Order(1)
    void searchesBuysActivatesAndReleasesANumber() {
        Api.Answer found = api.post("api/phone-numbers/search", account.key(),
                "{\"filters\": {\"countryCode\": \"US\", \"numberType\": \"local\", \"areaCode\": \"415\", \"limit\": 3}}");
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(found.json().getString("provider")).isEqualTo("twilio");
        List<JsonObject> offers = found.json().getJsonArray("numbers").getValuesAs(JsonObject.class);
        assertThat(offers).hasSize(3).allSatisfy(offer -> {
            assertThat(offer.getString("phoneNumber")).startsWith("+1415");
            assertThat(offer.getString("countryCode")).isEqualTo("US");
            assertThat(offer.getString("numberType")).isEqualTo("local");
            assertThat(offer.getString("locality")).isEqualTo("San Francisco");
            assertThat(offer.getJsonArray("features").getValuesAs(JsonString.class))
                    .extracting(JsonString::getString).contains("voice");
        });
        assertThat(found.json().getInt("count")).isEqualTo(3);
        String phoneNumber = offers.get(0).getString("phoneNumber");

        Api.Answer bought = api.purchase(account.key(), phoneNumber);

        assertThat(bought.status()).as(bought.text()).isEqualTo(202);
        JsonObject purchasing = bought.json().getJsonObject("phoneNumber");
        assertThat(purchasing.getString("status")).isEqualTo("purchasing");
        assertThat(purchasing.getString("provider")).isEqualTo("twilio");
        assertThat(purchasing.getString("phoneNumber")).isEqualTo(phoneNumber);
        String id = purchasing.getString("id");
        JsonObject active = api.awaitStatus(account.key(), id, "active", SETTLES);
        assertThat(active.getString("activatedAt")).isNotBlank();
        assertThat(active.isNull("statusReason")).isTrue();

        assertThat(twilio.purchaseRequests(phoneNumber)).isEqualTo(1);
        RecordedRequest purchase = purchaseOf(phoneNumber).get(0);
        assertThat(purchase.method()).isEqualTo("POST");
        assertThat(purchase.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(purchase.formField("VoiceUrl")).isEqualTo(PUBLIC_BASE_URL + "/webhooks/twilio/voice");
        assertThat(purchase.formField("VoiceMethod")).isEqualTo("POST");
        assertThat(purchase.formField("FriendlyName")).isEqualTo(id);
        OwnedNumber owned = twilio.owned(phoneNumber).orElseThrow();
        assertThat(owned.voiceUrl()).isEqualTo(PUBLIC_BASE_URL + "/webhooks/twilio/voice");

        Api.Answer released = api.delete("api/phone-numbers/" + id, account.key());

        assertThat(released.status()).as(released.text()).isEqualTo(200);
        assertThat(released.json().getJsonObject("phoneNumber").getString("status")).isEqualTo("released");
        assertThat(api.get("api/phone-numbers/" + id, account.key()).json().getJsonObject("phoneNumber").getString("status"))
                .isEqualTo("released");
        await("Twilio hears that " + phoneNumber + " is released", RELEASE_REACHES_TWILIO,
                () -> twilio.released().stream().anyMatch(number -> number.sid().equals(owned.sid())));
        assertThat(twilio.owned(phoneNumber)).isEmpty();
        assertThat(twilio.requests(Operation.RELEASE))
                .filteredOn(request -> request.path().endsWith("/IncomingPhoneNumbers/" + owned.sid() + ".json"))
                .hasSize(1);
    }

    @Test
    @Order(2)
    void aPurchaseTwilioFailedWith5xxIsLookedUpReconciledAndBoughtOnce() {
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        twilio.inject(Operation.PURCHASE, Fault.SERVER_ERROR, 1);

        String id = bought(phoneNumber);

        api.awaitStatus(account.key(), id, "active", SETTLES);
        assertThat(purchaseOf(phoneNumber)).extracting(RecordedRequest::fault).first().isEqualTo(Fault.SERVER_ERROR);
        assertThat(purchaseOf(phoneNumber)).filteredOn(request -> request.fault() == null).hasSize(1);
        assertThat(twilio.owned()).filteredOn(number -> number.phoneNumber().equals(phoneNumber)).hasSize(1);
        assertThat(twilio.requests(Operation.LIST_OWNED))
                .filteredOn(request -> phoneNumber.equals(request.queryParam("PhoneNumber")))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(3)
    void aPurchaseTwilioMadeThenAnsweredWith500IsBoughtOnce() {
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        twilio.inject(Operation.PURCHASE, Fault.LOST_RESPONSE_500, 1);

        String id = bought(phoneNumber);

        api.awaitStatus(account.key(), id, "active", SETTLES);
        assertThat(twilio.purchaseRequests(phoneNumber)).isEqualTo(1);
        assertThat(twilio.owned()).filteredOn(number -> number.phoneNumber().equals(phoneNumber)).hasSize(1);
    }

    @Test
    @Order(4)
    void aPurchaseWhoseAnswerWasLostIsBoughtOnce() {
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        twilio.inject(Operation.PURCHASE, Fault.LOST_RESPONSE, 1);

        String id = bought(phoneNumber);

        api.awaitStatus(account.key(), id, "active", SETTLES);
        assertThat(twilio.purchaseRequests(phoneNumber)).isEqualTo(1);
        assertThat(twilio.owned()).filteredOn(number -> number.phoneNumber().equals(phoneNumber)).hasSize(1);
    }

    @Test
    @Order(5)
    void aPurchaseRefusedForTooManyRequestsIsSentAgainAndSucceeds() {
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        twilio.inject(Operation.PURCHASE, Fault.TOO_MANY_REQUESTS, 2);

        String id = bought(phoneNumber);

        api.awaitStatus(account.key(), id, "active", SETTLES);
        assertThat(purchaseOf(phoneNumber)).extracting(RecordedRequest::fault)
                .containsExactly(Fault.TOO_MANY_REQUESTS, Fault.TOO_MANY_REQUESTS, null);
        assertThat(twilio.owned()).filteredOn(number -> number.phoneNumber().equals(phoneNumber)).hasSize(1);
    }

    @Test
    @Order(6)
    void aPurchaseThatTimedOutIsBoughtOnce() {
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        twilio.inject(Operation.PURCHASE, Fault.TIMEOUT, 1);

        String id = bought(phoneNumber);

        api.awaitStatus(account.key(), id, "active", SETTLES);
        assertThat(twilio.purchaseRequests(phoneNumber)).isEqualTo(1);
        assertThat(twilio.owned()).filteredOn(number -> number.phoneNumber().equals(phoneNumber)).hasSize(1);
    }

    @Test
    @Order(7)
    void whileTwilioFailsSearchesAnswer502AndAPurchaseStoresNothing() {
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        int searchesBefore = twilio.requests(Operation.SEARCH).size();
        twilio.inject(Operation.SEARCH, Fault.SERVER_ERROR, 20);

        Api.Answer search = api.post("api/phone-numbers/search", account.key(), "{\"filters\": " + US_LOCAL + "}");
        Api.Answer purchase = api.purchase(account.key(), phoneNumber);

        assertProblem(search, 502, "carrier_unavailable");
        assertProblem(purchase, 502, "carrier_unavailable");
        assertThat(twilio.requests(Operation.SEARCH).size() - searchesBefore)
                .as("Twilio is asked again after it failed")
                .isGreaterThan(2);
        assertThat(twilio.purchaseRequests(phoneNumber)).isZero();
        assertThat(api.all("api/phone-numbers", account.key(), "phoneNumbers")).isEmpty();
        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getInt("numbersInUse")).isZero();

        twilio.clearFaults();
        Api.Answer recovered = api.post("api/phone-numbers/search", account.key(), "{\"filters\": " + US_LOCAL + "}");
        assertThat(recovered.status()).as(recovered.text()).isEqualTo(200);
        assertThat(recovered.json().getJsonArray("numbers").getValuesAs(JsonObject.class))
                .extracting(offer -> offer.getString("phoneNumber")).contains(phoneNumber);
    }

    @Test
    @Order(8)
    void aNumberTwilioNoLongerHasEndsInErrorWithAReason() {
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        twilio.inject(Operation.PURCHASE, Fault.NUMBER_NOT_AVAILABLE, 1);

        String id = bought(phoneNumber);

        JsonObject failed = api.awaitStatus(account.key(), id, "error", SETTLES);
        assertThat(failed.getString("statusReason")).isNotBlank().contains(phoneNumber);
        assertThat(failed.isNull("activatedAt")).isTrue();
        assertThat(twilio.purchaseRequests(phoneNumber)).isEqualTo(1);
        assertThat(twilio.owned(phoneNumber)).isEmpty();
        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getInt("numbersInUse")).isZero();
    }

    @Test
    @Order(9)
    void anOperatorSuspendsAndResumesANumber() {
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        long purchasesBefore = twilio.purchaseRequests(phoneNumber);
        String id = bought(phoneNumber);
        api.awaitStatus(account.key(), id, "active", SETTLES);
        assertProblem(api.post("api/admin/phone-numbers/" + id + "/suspend", account.key(), "{\"reason\": \"mine\"}"),
                401, "unauthenticated");

        Api.Answer suspended = api.post("api/admin/phone-numbers/" + id + "/suspend", Api.OPERATOR_KEY,
                "{\"reason\": \"Unpaid invoice INV-2041; pay it to take calls again\"}");

        assertThat(suspended.status()).as(suspended.text()).isEqualTo(200);
        assertThat(suspended.json().getBoolean("success")).isTrue();
        assertThat(suspended.json().getJsonObject("phoneNumber").getString("status")).isEqualTo("suspended");
        JsonObject seen = number(id);
        assertThat(seen.getString("status")).isEqualTo("suspended");
        assertThat(seen.getString("statusReason")).isEqualTo("Unpaid invoice INV-2041; pay it to take calls again");
        assertThat(twilio.owned(phoneNumber)).as("a suspended number is kept at Twilio").isPresent();

        Api.Answer resumed = api.post("api/admin/phone-numbers/" + id + "/resume", Api.OPERATOR_KEY, null);

        assertThat(resumed.status()).as(resumed.text()).isEqualTo(200);
        assertThat(resumed.json().getJsonObject("phoneNumber").getString("status")).isEqualTo("active");
        JsonObject again = number(id);
        assertThat(again.getString("status")).isEqualTo("active");
        assertThat(again.isNull("statusReason")).isTrue();
        assertProblem(api.post("api/admin/phone-numbers/" + id + "/resume", Api.OPERATOR_KEY, null), 409,
                "invalid_status_transition");
        assertThat(twilio.owned(phoneNumber)).isPresent();
        assertThat(twilio.purchaseRequests(phoneNumber) - purchasesBefore).isEqualTo(1);
    }

    @Test
    void aDatabaseOnTwilioHasNoSandboxTablesAndNoSandboxAccountsToBringNumbersFrom() {
        assertThat(StoredRows.tablesOf("twilio", "sandbox")).isEmpty();
        assertThat(StoredRows.tablesOf("twilio", "flyway_sandbox")).isEmpty();

        Api.Answer refused = api.post("api/phone-numbers/import", account.key(), "{\"provider\": \"sandbox\", "
                + "\"phoneNumber\": \"+16465550101\", \"credentials\": {\"apiKey\": \"sandbox-own\"}}");

        assertProblem(refused, 400, "validation_failed");
        assertThat(refused.json().getString("detail")).contains("sandbox").contains("twilio");
    }

    @Test
    @Order(10)
    void aBerlinNumberIsBoughtWithTheBundleTwilioApprovedForTheComplianceProfile() {
        twilio.bundles().reviewDelay(Duration.ofSeconds(1)).deliverTo(URI.create(deployment.toString()));
        String berlin = api.anOffer(account.key(), "{\"countryCode\": \"DE\", \"numberType\": \"local\", \"areaCode\": \"30\"}");
        assertProblem(api.post("api/phone-numbers/purchase", account.key(), "{\"phoneNumber\": \"" + berlin
                + "\", \"addressId\": \"" + berlinAddress() + "\"}"), 422, "regulatory_documents_required");
        assertThat(purchaseOf(berlin)).as("nothing asked of Twilio").isEmpty();

        Api.Answer created = api.post("api/compliance-profiles", account.key(), "{\"countryCode\": \"DE\", "
                + "\"numberType\": \"local\", \"endUserType\": \"business\", \"endUser\": {\"name\": \"Acme GmbH\", "
                + "\"email\": \"ops@acme.example\", \"registrationNumber\": \"HRB 12345\"}, \"addressId\": \""
                + berlinAddress() + "\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String profileId = created.json().getJsonObject("profile").getString("id");
        byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        for (String type : List.of("business_registration", "proof_of_address")) {
            Api.Answer uploaded = api.upload("api/compliance-profiles/" + profileId + "/documents", account.key(), type,
                    type + ".pdf", pdf);
            assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        }
        Api.Answer submitted = api.post("api/compliance-profiles/" + profileId + "/submit", account.key(), null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().getJsonObject("profile").getString("status")).isEqualTo("in_review");
        assertThat(submitted.json().getJsonObject("profile").getString("provider")).isEqualTo("twilio");

        await("the bundle's callback approves the profile (polling would take a minute)", SETTLES, () ->
                api.get("api/compliance-profiles/" + profileId, account.key()).json().getJsonObject("profile")
                        .getString("status").equals("approved"));
        assertThat(twilio.bundles().deliveries()).isNotEmpty()
                .allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(204));
        String bundleSid = twilio.bundles().bundles().get(0).sid();

        Api.Answer bought = api.post("api/phone-numbers/purchase", account.key(), "{\"phoneNumber\": \"" + berlin
                + "\", \"complianceProfileId\": \"" + profileId + "\"}");
        assertThat(bought.status()).as(bought.text()).isEqualTo(202);
        api.awaitStatus(account.key(), bought.json().getJsonObject("phoneNumber").getString("id"), "active", SETTLES);
        RecordedRequest purchase = purchaseOf(berlin).get(0);
        assertThat(purchase.formField("BundleSid")).isEqualTo(bundleSid);
        assertThat(purchase.formField("AddressSid")).startsWith("AD");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyRequestFollowedTwiliosOpenApiDescription() {
        assertThat(twilio.requests()).isNotEmpty();
        assertThat(twilio.specViolations()).isEmpty();
    }

    private String berlinAddress() {
        Api.Answer added = api.post("api/addresses", account.key(), "{\"customerName\": \"Acme GmbH\", \"street\": "
                + "\"Unter den Linden 1\", \"city\": \"Berlin\", \"postalCode\": \"10117\", \"countryCode\": \"DE\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        return added.json().getJsonObject("address").getString("id");
    }

    private String bought(String phoneNumber) {
        Api.Answer bought = api.purchase(account.key(), phoneNumber);
        assertThat(bought.status()).as(bought.text()).isEqualTo(202);
        JsonObject number = bought.json().getJsonObject("phoneNumber");
        assertThat(number.getString("status")).isEqualTo("purchasing");
        return number.getString("id");
    }

    private JsonObject number(String id) {
        return api.get("api/phone-numbers/" + id, account.key()).json().getJsonObject("phoneNumber");
    }

    private static List<RecordedRequest> purchaseOf(String phoneNumber) {
        return twilio.requests(Operation.PURCHASE).stream()
                .filter(request -> phoneNumber.equals(request.formField("PhoneNumber")))
                .toList();
    }

    private static void await(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + within);
            }
            Api.pause(Duration.ofMillis(250));
        }
    }
}
