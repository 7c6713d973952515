package ai.talkturo.numbers.it.telnyx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.talkturo.numbers.it.Api;
import ai.talkturo.numbers.it.NumbersWar;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Endpoint;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Fault;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Order;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.OwnedNumber;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.RecordedRequest;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.WebhookDelivery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Numbers bought from Telnyx, stood in for by {@link TelnyxSimulator}: an order is finished by Telnyx's signed
 * {@code number_order.complete} webhook, or, when that never comes, by looking the order up under its customer
 * reference; an order is never placed twice, and only Telnyx's own signature moves a number out of
 * {@code purchasing}.
 */
@ExtendWith(ArquillianExtension.class)
class TelnyxLifecycleIT {

    /** Orders settle right away, or through reconciliation every 5 s once 3 s old; generous for a busy machine. */
    private static final Duration SETTLES = Duration.ofSeconds(60);
    /** A release reaches Telnyx right after it commits, else at the next release retry (5 s here). */
    private static final Duration RELEASE_REACHES_TELNYX = Duration.ofSeconds(90);
    private static final String CONNECTION_ID = "1494404757140276705";
    private static final String US_LOCAL = "{\"countryCode\": \"US\", \"numberType\": \"local\"}";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static TelnyxSimulator telnyx;

    @Deployment(testable = false)
    static WebArchive numbers() {
        telnyx = new TelnyxSimulator().start();
        for (int last = 10; last < 20; last++) {
            telnyx.offerNumber("+141555501" + last, "San Francisco", "CA");
        }
        telnyx.offerNumber("+493012345670", "Berlin", "Berlin");
        return NumbersWar.onOwnDatabase("telnyx", Map.of(
                "numbers.carrier", "telnyx",
                "numbers.telnyx.base-url", telnyx.baseUrl(),
                "numbers.telnyx.api-key", telnyx.apiKey(),
                "numbers.telnyx.connection-id", CONNECTION_ID,
                "numbers.telnyx.public-key", telnyx.publicKeyBase64(),
                "numbers.purchase.reconcile-after", "PT3S",
                "numbers.compliance.review-poll", "PT2S"));
    }

    @AfterAll
    static void stopTelnyx() {
        if (telnyx != null) {
            telnyx.close();
        }
    }

    @ArquillianResource
    URL deployment;

    private Api api;
    private Api.Account account;
    private URI events;

    @BeforeEach
    void openAccount() {
        api = new Api(deployment);
        account = api.openAccount("Voice agents on Telnyx", "enterprise");
        events = URI.create(deployment.toString().replaceFirst("/?$", "/")).resolve("webhooks/telnyx/events");
        telnyx.sendWebhooksTo(events);
        telnyx.completeOrdersImmediately();
        telnyx.deliverWebhooksUnreliably(false);
    }

    @AfterEach
    void settleWhatIsLeft() {
        telnyx.clearFaults();
        telnyx.sendWebhooksTo(events);
        telnyx.deliverWebhooksUnreliably(false);
        telnyx.completePendingOrders();
        telnyx.completeOrdersImmediately();
    }

    @Test
    void aBerlinNumberBoughtWhileItsProfileIsInReviewTurnsActiveOnlyOnceTelnyxAcceptsTheRequirementGroup() {
        telnyx.reviewRequirementGroupsAfter(Duration.ofSeconds(8));
        Api.Answer address = api.post("api/addresses", account.key(), "{\"customerName\": \"Acme GmbH\", \"street\": "
                + "\"Unter den Linden 1\", \"city\": \"Berlin\", \"postalCode\": \"10117\", \"countryCode\": \"DE\"}");
        Api.Answer created = api.post("api/compliance-profiles", account.key(), "{\"countryCode\": \"DE\", "
                + "\"numberType\": \"local\", \"endUserType\": \"business\", \"endUser\": {\"name\": \"Acme GmbH\", "
                + "\"email\": \"ops@acme.example\", \"registrationNumber\": \"HRB 12345\"}, \"addressId\": \""
                + address.json().getJsonObject("address").getString("id") + "\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String profileId = created.json().getJsonObject("profile").getString("id");
        byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        for (String type : List.of("business_registration", "proof_of_address")) {
            assertThat(api.upload("api/compliance-profiles/" + profileId + "/documents", account.key(), type,
                    type + ".pdf", pdf).status()).isEqualTo(201);
        }
        Api.Answer submitted = api.post("api/compliance-profiles/" + profileId + "/submit", account.key(), null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(telnyx.requirementGroups()).singleElement()
                .satisfies(group -> assertThat(group.customerReference()).isEqualTo(profileId));

        Api.Answer bought = api.post("api/phone-numbers/purchase", account.key(),
                "{\"phoneNumber\": \"+493012345670\", \"complianceProfileId\": \"" + profileId + "\"}");
        assertThat(bought.status()).as(bought.text()).isEqualTo(202);
        String id = bought.json().getJsonObject("phoneNumber").getString("id");
        await("the number says it waits for Telnyx's review", SETTLES, () -> {
            JsonObject number = number(id);
            return number.getString("status").equals("purchasing") && !number.isNull("statusReason")
                    && number.getString("statusReason").contains("verifying");
        });
        assertThat(number(id).getString("statusReason")).contains(profileId).containsPattern("by \\d{4}-\\d{2}-\\d{2}");

        JsonObject active = api.awaitStatus(account.key(), id, "active", SETTLES);
        assertThat(active.isNull("statusReason")).isTrue();
        assertThat(api.get("api/compliance-profiles/" + profileId, account.key()).json().getJsonObject("profile")
                .getString("status")).isIn("approved", "in_review");
        await("the profile is approved", SETTLES, () -> api.get("api/compliance-profiles/" + profileId, account.key())
                .json().getJsonObject("profile").getString("status").equals("approved"));
    }

    @Test
    void aPendingOrderIsFinishedByTelnyxsSignedWebhook() {
        telnyx.keepOrdersPending();
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        Api.Answer bought = api.purchase(account.key(), phoneNumber);
        assertThat(bought.status()).as(bought.text()).isEqualTo(202);
        JsonObject purchasing = bought.json().getJsonObject("phoneNumber");
        assertThat(purchasing.getString("status")).isEqualTo("purchasing");
        assertThat(purchasing.getString("provider")).isEqualTo("telnyx");
        String id = purchasing.getString("id");
        Order order = awaitOrder(id);
        assertThat(order.status()).isEqualTo("pending");
        assertThat(order.connectionId()).isEqualTo(CONNECTION_ID);
        assertThat(order.phoneNumbers()).extracting(TelnyxSimulator.OrderedNumber::phoneNumber).containsExactly(phoneNumber);
        assertThat(status(id)).isEqualTo("purchasing");

        assertThat(telnyx.completePendingOrders()).isPositive();

        assertThat(deliveriesFor(id)).extracting(WebhookDelivery::responseStatus).containsExactly(204);
        JsonObject active = number(id);
        assertThat(active.getString("status")).as("settled before the webhook was answered").isEqualTo("active");
        assertThat(active.getString("activatedAt")).isNotBlank();
        assertThat(telnyx.ordersWithReference(id)).hasSize(1);
        assertThat(telnyx.ownedNumbers()).filteredOn(owned -> owned.phoneNumber().equals(phoneNumber)).hasSize(1);
    }

    @Test
    void webhooksDeliveredTwiceAndOutOfOrderAreHarmless() {
        telnyx.keepOrdersPending();
        telnyx.deliverWebhooksUnreliably(true);
        String first = bought(api.anOffer(account.key(), US_LOCAL));
        awaitOrder(first);
        String second = bought(api.anOffer(account.key(), US_LOCAL));
        awaitOrder(second);

        telnyx.completePendingOrders();

        List<WebhookDelivery> deliveries = telnyx.webhookDeliveries().stream()
                .filter(delivery -> Set.of(first, second).contains(delivery.customerReference()))
                .toList();
        assertThat(deliveries).hasSize(4).allSatisfy(delivery -> assertThat(delivery.responseStatus()).isEqualTo(204));
        assertThat(deliveries).extracting(WebhookDelivery::customerReference).containsExactly(second, first, first, second);
        JsonObject firstActive = api.awaitStatus(account.key(), first, "active", SETTLES);
        api.awaitStatus(account.key(), second, "active", SETTLES);

        WebhookDelivery firstOfFirst = deliveries.get(1);
        String now = Long.toString(Instant.now().getEpochSecond());
        assertThat(postEvent(firstOfFirst.body(), now, telnyx.sign(now, firstOfFirst.body()))).isEqualTo(204);

        JsonObject afterReplay = number(first);
        assertThat(afterReplay.getString("status")).isEqualTo("active");
        assertThat(afterReplay.getString("activatedAt")).isEqualTo(firstActive.getString("activatedAt"));
        assertThat(telnyx.ordersWithReference(first)).hasSize(1);
        assertThat(telnyx.ordersWithReference(second)).hasSize(1);
    }

    @Test
    void aForgedUnsignedOrStaleWebhookIsRefusedAndChangesNothing() {
        telnyx.keepOrdersPending();
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        String id = bought(phoneNumber);
        Order order = awaitOrder(id);
        String body = completedEvent(order.id(), id, phoneNumber);
        String now = Long.toString(Instant.now().getEpochSecond());
        String stale = Long.toString(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond());
        String forged;
        try (TelnyxSimulator impostor = new TelnyxSimulator()) {
            forged = impostor.sign(now, body);
        }

        assertThat(postEvent(body, null, null)).as("unsigned").isEqualTo(403);
        assertThat(postEvent(body, now, null)).as("without a signature").isEqualTo(403);
        assertThat(postEvent(body, null, telnyx.sign(now, body))).as("without a timestamp").isEqualTo(403);
        assertThat(postEvent(body, now, forged)).as("signed with another key").isEqualTo(403);
        assertThat(postEvent(body, stale, telnyx.sign(stale, body))).as("signed ten minutes ago").isEqualTo(403);
        assertThat(postEvent(body, now, telnyx.sign(stale, body))).as("signed for another time").isEqualTo(403);
        assertThat(postEvent(body, now, telnyx.sign(now, body.replace(phoneNumber, "+14155550199"))))
                .as("signed for another body").isEqualTo(403);
        assertThat(postEvent(body, now, "bm90IGEgc2lnbmF0dXJl")).as("not a signature").isEqualTo(403);

        assertThat(status(id)).isEqualTo("purchasing");
        Api.pause(Duration.ofSeconds(6));
        assertThat(status(id)).as("still pending at Telnyx").isEqualTo("purchasing");

        telnyx.completePendingOrders();

        assertThat(deliveriesFor(id)).extracting(WebhookDelivery::responseStatus).containsExactly(204);
        assertThat(status(id)).isEqualTo("active");
    }

    @Test
    void anOrderWhoseWebhookNeverComesIsFoundByItsCustomerReference() {
        telnyx.sendWebhooksTo(null);
        telnyx.keepOrdersPending();
        String id = bought(api.anOffer(account.key(), US_LOCAL));
        awaitOrder(id);
        assertThat(status(id)).isEqualTo("purchasing");
        int requestsBefore = telnyx.requests().size();

        telnyx.completePendingOrders();

        api.awaitStatus(account.key(), id, "active", SETTLES);
        assertThat(deliveriesFor(id)).isEmpty();
        List<RecordedRequest> requests = telnyx.requests();
        List<RecordedRequest> since = requests.subList(requestsBefore, requests.size());
        assertThat(since).filteredOn(request -> request.endpoint() == Endpoint.LIST_ORDERS
                        && id.equals(request.queryParameter("filter[customer_reference]")))
                .isNotEmpty()
                .allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
        assertThat(telnyx.ordersWithReference(id)).hasSize(1);
    }

    @Test
    void anOrderTelnyxCannotFillEndsInErrorWithAReason() {
        telnyx.keepOrdersPending();
        telnyx.inject(Fault.ORDER_FAILURE, Endpoint.CREATE_ORDER, 1);
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        String id = bought(phoneNumber);
        awaitOrder(id);

        telnyx.completePendingOrders();

        JsonObject failed = api.awaitStatus(account.key(), id, "error", SETTLES);
        assertThat(failed.getString("statusReason")).isNotBlank().contains(phoneNumber);
        assertThat(failed.isNull("activatedAt")).isTrue();
        assertThat(telnyx.ordersWithReference(id)).extracting(Order::status).containsExactly("failure");
        assertThat(telnyx.ownedNumbers()).extracting(OwnedNumber::phoneNumber).doesNotContain(phoneNumber);
        assertThat(api.get("api/account", account.key()).json().getJsonObject("account").getInt("numbersInUse")).isZero();
    }

    @Test
    void anOrderWhoseAnswerWasLostIsPlacedOnceAndFoundAgain() {
        telnyx.sendWebhooksTo(null);
        telnyx.inject(Fault.LOST_RESPONSE, Endpoint.CREATE_ORDER, 1);
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);

        String id = bought(phoneNumber);

        api.awaitStatus(account.key(), id, "active", SETTLES);
        assertThat(telnyx.ordersWithReference(id)).hasSize(1);
        assertThat(telnyx.requests(Endpoint.CREATE_ORDER)).filteredOn(request -> request.body().contains(id))
                .extracting(RecordedRequest::status).containsExactly(-1);
        assertThat(telnyx.ownedNumbers()).filteredOn(owned -> owned.phoneNumber().equals(phoneNumber)).hasSize(1);
    }

    @Test
    void aReleasedNumberIsDeletedAtTelnyxByItsTelnyxId() {
        String phoneNumber = api.anOffer(account.key(), US_LOCAL);
        String id = bought(phoneNumber);
        api.awaitStatus(account.key(), id, "active", SETTLES);
        OwnedNumber owned = telnyx.ownedNumbers().stream()
                .filter(number -> number.phoneNumber().equals(phoneNumber)).findFirst().orElseThrow();
        assertThat(owned.customerReference()).isEqualTo(id);

        Api.Answer released = api.delete("api/phone-numbers/" + id, account.key());

        assertThat(released.status()).as(released.text()).isEqualTo(200);
        assertThat(released.json().getJsonObject("phoneNumber").getString("status")).isEqualTo("released");
        await("Telnyx hears that " + phoneNumber + " is released", RELEASE_REACHES_TELNYX,
                () -> telnyx.releasedNumbers().stream().anyMatch(number -> number.id().equals(owned.id())));
        assertThat(telnyx.requests(Endpoint.RELEASE))
                .filteredOn(request -> request.path().equals("/v2/phone_numbers/" + owned.id()))
                .extracting(RecordedRequest::method, RecordedRequest::status)
                .containsExactly(tuple("DELETE", 200));
        assertThat(telnyx.ownedNumbers()).extracting(OwnedNumber::phoneNumber).doesNotContain(phoneNumber);
        assertThat(status(id)).isEqualTo("released");
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

    private String status(String id) {
        return number(id).getString("status");
    }

    /** The order Numbers placed for the number {@code id}, once Telnyx has it. */
    private static Order awaitOrder(String id) {
        await("Telnyx receives the order for " + id, SETTLES, () -> !telnyx.ordersWithReference(id).isEmpty());
        return telnyx.ordersWithReference(id).get(0);
    }

    private static List<WebhookDelivery> deliveriesFor(String id) {
        return telnyx.webhookDeliveries().stream().filter(delivery -> id.equals(delivery.customerReference())).toList();
    }

    /** A {@code number_order.complete} event saying the order succeeded, as Telnyx would send it. */
    private String completedEvent(String orderId, String reference, String phoneNumber) {
        JsonObject order = Json.createObjectBuilder()
                .add("id", orderId)
                .add("record_type", "number_order")
                .add("status", "success")
                .add("customer_reference", reference)
                .add("connection_id", CONNECTION_ID)
                .add("requirements_met", true)
                .add("phone_numbers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "2293384261075739999")
                        .add("record_type", "number_order_phone_number")
                        .add("phone_number", phoneNumber)
                        .add("status", "success")
                        .add("requirements_met", true)
                        .add("requirements_status", "approved")))
                .build();
        return Json.createObjectBuilder()
                .add("data", Json.createObjectBuilder()
                        .add("event_type", "number_order.complete")
                        .add("id", UUID.randomUUID().toString())
                        .add("occurred_at", Instant.now().toString())
                        .add("payload", order)
                        .add("record_type", "event"))
                .add("meta", Json.createObjectBuilder().add("attempt", 1).add("delivered_to", events.toString()))
                .build()
                .toString();
    }

    /** POSTs a webhook to Numbers as Telnyx would, with the headers given (none where null); answers the status. */
    private int postEvent(String body, String timestamp, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (timestamp != null) {
            request.header("telnyx-timestamp", timestamp);
        }
        if (signature != null) {
            request.header("telnyx-signature-ed25519", signature);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
