package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.CountryNotSupported;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Endpoint;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Fault;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.WebhookDelivery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link TelnyxSimulator} promises beyond what the carrier tests use: auth, regulator rules, webhook delivery. */
class TelnyxSimulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TelnyxSimulator telnyx;
    private WebhookReceiver numbers;

    @BeforeEach
    void start() {
        telnyx = new TelnyxSimulator().start();
        numbers = new WebhookReceiver();
        telnyx.sendWebhooksTo(numbers.url());
    }

    @AfterEach
    void stop() {
        numbers.close();
        telnyx.close();
    }

    @Test
    void refusesARequestWithoutItsApiKeyWithTelnyxsErrorBody() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri("/v2/available_phone_numbers?filter%5Bcountry_code%5D=US"))
                .header("Authorization", "Bearer KEY-someone-else").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(json(answer.body()).getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("10009");
        assertThat(telnyx.requests()).singleElement().satisfies(request -> assertThat(request.status()).isEqualTo(401));
    }

    @Test
    void answersAPathTelnyxDoesNotHaveWithTelnyxsNotFound() throws Exception {
        HttpResponse<String> answer = get("/v2/nothing_here");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer.body()).getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("10005");
    }

    @Test
    void sellsAGermanGeographicNumberOrderedWithAnApprovedRequirementGroup() throws Exception {
        telnyx.reviewRequirementGroupsAfter(Duration.ZERO);
        String group = berlinGroup("Acme GmbH");

        HttpResponse<String> answer = post("/v2/number_orders", """
                {"phone_numbers": [{"phone_number": "+493012345678", "requirement_group_id": "%s"}],
                 "customer_reference": "pn_berlin"}""".formatted(group));

        JsonObject order = json(answer.body()).getJsonObject("data");
        assertThat(order.getString("status")).isEqualTo("success");
        JsonObject number = order.getJsonArray("phone_numbers").getJsonObject(0);
        assertThat(number.getString("requirements_status")).isEqualTo("approved");
        assertThat(number.getBoolean("requirements_met")).isTrue();
        assertThat(number.getString("requirement_group_id")).isEqualTo(group);
        assertThat(telnyx.ownedNumbers()).extracting(TelnyxSimulator.OwnedNumber::phoneNumber).containsExactly("+493012345678");
        assertThat(telnyx.inventory(Country.DE, NumberType.LOCAL))
                .noneMatch(listing -> listing.number().value().equals("+493012345678"));
    }

    @Test
    void keepsAnOrderPendingUntilItsRequirementGroupIsDecided() throws Exception {
        telnyx.reviewRequirementGroupsAfter(Duration.ofMillis(300));
        String group = berlinGroup("Acme GmbH");

        JsonObject order = json(post("/v2/number_orders", """
                {"phone_numbers": [{"phone_number": "+493012345678", "requirement_group_id": "%s"}],
                 "customer_reference": "pn_later"}""".formatted(group)).body()).getJsonObject("data");

        assertThat(order.getString("status")).isEqualTo("pending");
        JsonObject number = order.getJsonArray("phone_numbers").getJsonObject(0);
        assertThat(number.getBoolean("requirements_met")).isFalse();
        assertThat(number.getString("requirements_status")).isEqualTo("requirement-info-under-review");
        assertThat(Instant.parse(number.getString("deadline"))).isAfter(Instant.now().plus(Duration.ofDays(13)));
        List<WebhookDelivery> delivered = telnyx.awaitWebhookDeliveries(1, Duration.ofSeconds(5));
        assertThat(delivered.get(0).customerReference()).isEqualTo("pn_later");
        assertThat(telnyx.requirementGroup(group).orElseThrow().status()).isEqualTo("approved");
        assertThat(telnyx.ordersWithReference("pn_later").get(0).status()).isEqualTo("success");
    }

    @Test
    void refusesASwissNumberOrderedWithoutARequirementGroup() throws Exception {
        HttpResponse<String> answer = post("/v2/number_orders", """
                {"phone_numbers": [{"phone_number": "+41441234567"}], "customer_reference": "pn_zurich"}""");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(json(answer.body()).getJsonArray("errors").getJsonObject(0).getString("detail"))
                .contains("requirement group is mandatory for CH");
        assertThat(telnyx.orders()).isEmpty();
    }

    @Test
    void listsTheRequirementsOfNumbersAsNumbersOwnRulesHaveThem() throws Exception {
        JsonObject berlin = json(get("/v2/requirements?filter%5Bcountry_code%5D=DE&filter%5Bphone_number_type%5D=local"
                + "&filter%5Baction%5D=ordering").body()).getJsonArray("data").getJsonObject(0);
        assertThat(berlin.getJsonArray("requirements_types").getValuesAs(JsonObject.class))
                .extracting(type -> type.getString("type") + " " + type.getString("name"))
                .containsExactly("address Address matching the DID area code", "document Proof of address",
                        "document Proof of identity", "textual End user name", "textual Contact email");
        assertThat(telnyx.requirements(Country.AT, NumberType.MOBILE)).extracting(TelnyxSimulator.RequirementType::name)
                .containsExactly("Address in Austria", "Proof of identity", "End user name");
        assertThat(telnyx.requirements(Country.CH, NumberType.LOCAL)).extracting(TelnyxSimulator.RequirementType::kind)
                .containsExactly("address", "document", "textual");
        assertThat(telnyx.requirements(Country.AE, NumberType.MOBILE)).isNotEmpty();
        assertThat(json(get("/v2/requirements?filter%5Bcountry_code%5D=US&filter%5Bphone_number_type%5D=local").body())
                .getJsonArray("data")).isEmpty();
    }

    @Test
    void refusesANumberItDoesNotOfferWithCode85001() throws Exception {
        HttpResponse<String> answer = post("/v2/number_orders", """
                {"phone_numbers": [{"phone_number": "+14155550123"}], "customer_reference": "pn_x"}""");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(json(answer.body()).getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("85001");
        assertThat(telnyx.orders()).isEmpty();
    }

    @Test
    void completesPendingOrdersByThemselvesAfterTheDelayAndSaysSoByWebhook() throws Exception {
        telnyx.completeOrdersAfter(Duration.ofMillis(100));

        JsonObject placed = json(post("/v2/number_orders", """
                {"phone_numbers": [{"phone_number": "+14155550101"}], "customer_reference": "pn_later"}""").body());

        assertThat(placed.getJsonObject("data").getString("status")).isEqualTo("pending");
        WebhookDelivery delivery = telnyx.awaitWebhookDeliveries(1, Duration.ofSeconds(5)).get(0);
        assertThat(delivery.responseStatus()).isEqualTo(204);
        assertThat(delivery.customerReference()).isEqualTo("pn_later");
        assertThat(telnyx.ordersWithReference("pn_later")).singleElement()
                .satisfies(order -> assertThat(order.status()).isEqualTo("success"));
        JsonObject event = json(numbers.received().get(0).body());
        assertThat(event.getJsonObject("data").getString("event_type")).isEqualTo("number_order.complete");
        assertThat(event.getJsonObject("data").getString("record_type")).isEqualTo("event");
        assertThat(event.getJsonObject("meta").getInt("attempt")).isEqualTo(1);
    }

    @Test
    void deliversEveryWebhookTwiceAndABatchInReverseOrderWhenUnreliable() throws Exception {
        telnyx.keepOrdersPending();
        telnyx.deliverWebhooksUnreliably(true);
        post("/v2/number_orders", "{\"phone_numbers\": [{\"phone_number\": \"+14155550101\"}], \"customer_reference\": \"pn_a\"}");
        post("/v2/number_orders", "{\"phone_numbers\": [{\"phone_number\": \"+14155550102\"}], \"customer_reference\": \"pn_b\"}");

        assertThat(telnyx.completePendingOrders()).isEqualTo(2);

        List<WebhookDelivery> deliveries = telnyx.webhookDeliveries();
        assertThat(deliveries).extracting(WebhookDelivery::customerReference).containsExactly("pn_b", "pn_a", "pn_a", "pn_b");
        assertThat(deliveries).extracting(WebhookDelivery::attempt).containsExactly(1, 1, 2, 2);
        assertThat(deliveries.get(1).eventId()).isEqualTo(deliveries.get(2).eventId());
        assertThat(numbers.received()).hasSize(4);
    }

    @Test
    void signsWebhooksSoThatItsPublishedKeyVerifiesThem() {
        telnyx.useClock(Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC));
        String signature = telnyx.sign("1795428930", "{\"data\":{}}");

        assertThat(Ed25519.verifies(telnyx.publicKeyBase64(), "1795428930", "{\"data\":{}}", signature)).isTrue();
        assertThat(Ed25519.verifies(telnyx.publicKeyBase64(), "1795428931", "{\"data\":{}}", signature)).isFalse();
        assertThat(Base64.getDecoder().decode(telnyx.publicKeyBase64())).hasSize(32);
        assertThat(Base64.getDecoder().decode(telnyx.publicKeyX509Base64())).hasSize(44);
    }

    @Test
    void keepsTheSameWebhookKeyForTheSameSeed() {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) 7);
        try (TelnyxSimulator again = new TelnyxSimulator("KEY-fixed", seed);
             TelnyxSimulator once = new TelnyxSimulator("KEY-fixed", seed)) {
            assertThat(again.publicKeyBase64()).isEqualTo(once.publicKeyBase64()).isNotEqualTo(telnyx.publicKeyBase64());
            assertThat(Ed25519.verifies(once.publicKeyBase64(), "1", "{}", again.sign("1", "{}"))).isTrue();
        }
    }

    @Test
    void stampsWebhooksWithItsClock() throws Exception {
        telnyx.useClock(Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC));

        post("/v2/number_orders", "{\"phone_numbers\": [{\"phone_number\": \"+14155550101\"}], \"customer_reference\": \"pn_c\"}");

        WebhookDelivery delivery = telnyx.awaitWebhookDeliveries(1, Duration.ofSeconds(5)).get(0);
        assertThat(delivery.timestamp()).isEqualTo("1795428930");
        assertThat(Ed25519.verifies(telnyx.publicKeyBase64(), delivery.timestamp(), delivery.body(), delivery.signature()))
                .isTrue();
    }

    @Test
    void appliesInjectedFaultsToTheNextMatchingRequestsOnly() throws Exception {
        telnyx.inject(Fault.SERVER_ERROR, Endpoint.SEARCH, 2);

        assertThat(get("/v2/number_orders").statusCode()).isEqualTo(200);
        assertThat(get("/v2/available_phone_numbers?filter%5Bcountry_code%5D=US").statusCode()).isEqualTo(500);
        assertThat(get("/v2/available_phone_numbers?filter%5Bcountry_code%5D=US").statusCode()).isEqualTo(500);
        assertThat(get("/v2/available_phone_numbers?filter%5Bcountry_code%5D=US").statusCode()).isEqualTo(200);
    }

    @Test
    void stocksOnlyValidNumbersOfSupportedCountriesWithTheTypeTheyHave() {
        telnyx.offerNumber("+493055501234", "Berlin", "Berlin");

        assertThat(telnyx.inventory(Country.DE, NumberType.LOCAL))
                .anyMatch(listing -> listing.number().value().equals("+493055501234"));
        assertThatThrownBy(() -> telnyx.offerNumber("+4917012345678", null, null)).isInstanceOf(InvalidPhoneNumber.class);
        assertThatThrownBy(() -> telnyx.offerNumber("+442071838750", "London", null)).isInstanceOf(CountryNotSupported.class);
    }

    @Test
    void forgetsEverythingOnReset() throws Exception {
        post("/v2/number_orders", "{\"phone_numbers\": [{\"phone_number\": \"+14155550101\"}], \"customer_reference\": \"pn_r\"}");

        telnyx.reset();

        assertThat(telnyx.orders()).isEmpty();
        assertThat(telnyx.ownedNumbers()).isEmpty();
        assertThat(telnyx.requests()).isEmpty();
        assertThat(telnyx.inventory(Country.US, NumberType.LOCAL))
                .anyMatch(listing -> listing.number().value().equals("+14155550101"));
    }

    /** A Berlin requirement group made through the API, every requirement filled; answers its id. */
    private String berlinGroup(String endUserName) throws Exception {
        String pdf = Base64.getEncoder().encodeToString(TelnyxProfiles.pdf("proof"));
        String document = json(post("/v2/documents", "{\"file\": \"" + pdf + "\", \"filename\": \"proof.pdf\"}")
                .body()).getJsonObject("data").getString("id");
        String address = json(post("/v2/addresses", """
                {"first_name": "Acme", "last_name": "GmbH", "business_name": "Acme GmbH",
                 "street_address": "Unter den Linden 1", "locality": "Berlin", "postal_code": "10117",
                 "country_code": "DE"}""").body()).getJsonObject("data").getString("id");
        StringBuilder values = new StringBuilder();
        for (TelnyxSimulator.RequirementType requirement : telnyx.requirements(Country.DE, NumberType.LOCAL)) {
            String value = switch (requirement.kind()) {
                case "address" -> address;
                case "document" -> document;
                default -> requirement.name().contains("email") ? "ops@acme.example" : endUserName;
            };
            values.append(values.length() == 0 ? "" : ", ")
                    .append("{\"requirement_id\": \"").append(requirement.id()).append("\", \"field_value\": \"")
                    .append(value).append("\"}");
        }
        HttpResponse<String> created = post("/v2/requirement_groups", """
                {"country_code": "DE", "phone_number_type": "local", "action": "ordering",
                 "customer_reference": "cp_berlin", "regulatory_requirements": [%s]}""".formatted(values));
        assertThat(created.statusCode()).isEqualTo(200);
        return json(created.body()).getJsonObject("data").getString("id");
    }

    private URI uri(String pathAndQuery) {
        return URI.create(telnyx.baseUrl() + pathAndQuery);
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", "Bearer " + telnyx.apiKey())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + telnyx.apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
