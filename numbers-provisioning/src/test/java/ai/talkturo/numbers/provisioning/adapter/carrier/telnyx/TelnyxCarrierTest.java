package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.PriceList;
import ai.talkturo.numbers.provisioning.adapter.carrier.Backoff;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Endpoint;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.Fault;
import ai.talkturo.numbers.provisioning.adapter.carrier.telnyx.TelnyxSimulator.RecordedRequest;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link TelnyxApi} against {@link TelnyxSimulator}: Telnyx's wire format, its faults, and never buying twice. */
class TelnyxCarrierTest {

    private static final String CONNECTION_ID = "1494404757140276705";

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private TelnyxSimulator telnyx;
    private Client client;
    private TelnyxApi carrier;

    @BeforeEach
    void startTelnyx() {
        telnyx = new TelnyxSimulator().start();
        telnyx.hangFor(Duration.ofMillis(2500));
        client = ClientBuilder.newClient();
        carrier = carrierWithKey(telnyx.apiKey());
    }

    @AfterEach
    void stopTelnyx() {
        client.close();
        telnyx.close();
    }

    // ---------------------------------------------------------------------------------------------------- search

    @Test
    void searchesByCountryAndTypeAndPricesOffersFromOurPriceListNotTelnyxsCost() {
        List<NumberOffer> offers = carrier.search(search(Country.DE, NumberType.LOCAL));

        assertThat(offers).extracting(offer -> offer.number().value())
                .containsExactly("+493012345678", "+493098765432", "+498912345678", "+494012345678");
        assertThat(offers).allSatisfy(offer -> {
            assertThat(offer.type()).isEqualTo(NumberType.LOCAL);
            assertThat(offer.price()).isEqualTo(PriceList.priceOf(Country.DE, NumberType.LOCAL));
            assertThat(offer.addressRequirement()).isEqualTo(AddressRequirement.LOCALITY);
            assertThat(offer.features()).containsExactly("voice", "sms");
        });
        assertThat(offers.get(0).locality()).isEqualTo("Berlin");
        assertThat(offers.get(2).region()).isEqualTo("Bayern");
        RecordedRequest request = onlyRequest(Endpoint.SEARCH);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + telnyx.apiKey());
        assertThat(request.queryParameter("filter[country_code]")).isEqualTo("DE");
        assertThat(request.queryParameter("filter[phone_number_type]")).isEqualTo("local");
        assertThat(request.queryParameter("filter[features][]")).isEqualTo("voice");
        assertThat(request.queryParameter("filter[limit]")).isEqualTo("20");
    }

    @Test
    void readsTheRateCentreAndStateOfNorthAmericanNumbers() {
        List<NumberOffer> offers = carrier.search(search(Country.US, NumberType.LOCAL));

        assertThat(offers).first().satisfies(offer -> {
            assertThat(offer.number()).isEqualTo(new E164Number("+14155550101"));
            assertThat(offer.locality()).isEqualTo("San Francisco");
            assertThat(offer.region()).isEqualTo("CA");
            assertThat(offer.price()).isEqualTo(PriceList.priceOf(Country.US, NumberType.LOCAL));
            assertThat(offer.addressRequirement()).isEqualTo(AddressRequirement.NONE);
        });
    }

    @Test
    void searchesTollFreeNumbersUnderTelnyxsNameForThem() {
        List<NumberOffer> offers = carrier.search(search(Country.US, NumberType.TOLL_FREE));

        assertThat(offers).extracting(offer -> offer.number().value()).containsExactly("+18005550199", "+18885550142");
        assertThat(offers).allSatisfy(offer -> assertThat(offer.locality()).isNull());
        assertThat(onlyRequest(Endpoint.SEARCH).queryParameter("filter[phone_number_type]")).isEqualTo("toll_free");
    }

    @Test
    void searchesByLocality() {
        List<NumberOffer> offers = carrier.search(new NumberSearch(Country.DE, NumberType.LOCAL, null, "Berlin", null, null, 20));

        assertThat(offers).extracting(offer -> offer.number().value()).containsExactly("+493012345678", "+493098765432");
        assertThat(onlyRequest(Endpoint.SEARCH).queryParameter("filter[locality]")).isEqualTo("Berlin");
    }

    @Test
    void searchesByRegionAsTheAdministrativeArea() {
        List<NumberOffer> offers = carrier.search(new NumberSearch(Country.DE, NumberType.LOCAL, null, null, "Bayern", null, 20));

        assertThat(offers).extracting(offer -> offer.number().value()).containsExactly("+498912345678");
        assertThat(onlyRequest(Endpoint.SEARCH).queryParameter("filter[administrative_area]")).isEqualTo("Bayern");
    }

    @Test
    void searchesByAreaCodeAsTheNationalDestinationCode() {
        List<NumberOffer> offers = carrier.search(new NumberSearch(Country.US, NumberType.LOCAL, "212", null, null, null, 20));

        assertThat(offers).extracting(offer -> offer.number().value()).containsExactly("+12125550142");
        assertThat(onlyRequest(Endpoint.SEARCH).queryParameter("filter[national_destination_code]")).isEqualTo("212");
    }

    @Test
    void searchesForDigitsTheNumberContainsWithStarForAnyDigit() {
        assertThat(carrier.search(new NumberSearch(Country.US, NumberType.LOCAL, null, null, null, "5550102", 20)))
                .extracting(offer -> offer.number().value()).containsExactly("+14155550102");
        assertThat(carrier.search(new NumberSearch(Country.US, NumberType.LOCAL, null, null, null, "555010*", 20)))
                .extracting(offer -> offer.number().value()).containsExactly("+14155550101", "+14155550102");
        assertThat(telnyx.requests(Endpoint.SEARCH)).extracting(r -> r.queryParameter("filter[phone_number][contains]"))
                .containsExactly("5550102", "555010*");
    }

    @Test
    void asksForNoMoreThanTheLimit() {
        List<NumberOffer> offers = carrier.search(new NumberSearch(Country.US, NumberType.LOCAL, null, null, null, null, 1));

        assertThat(offers).hasSize(1);
        assertThat(onlyRequest(Endpoint.SEARCH).queryParameter("filter[limit]")).isEqualTo("1");
    }

    @Test
    void findsTheOfferOfOneNumberByItsDigits() {
        assertThat(carrier.offer(new E164Number("+493012345678"))).hasValueSatisfying(offer -> {
            assertThat(offer.locality()).isEqualTo("Berlin");
            assertThat(offer.type()).isEqualTo(NumberType.LOCAL);
        });
        RecordedRequest request = onlyRequest(Endpoint.SEARCH);
        assertThat(request.queryParameter("filter[country_code]")).isEqualTo("DE");
        assertThat(request.queryParameter("filter[phone_number][contains]")).isEqualTo("493012345678");
    }

    @Test
    void hasNoOfferOfANumberTelnyxDoesNotSell() {
        assertThat(carrier.offer(new E164Number("+14155550123"))).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------------- order

    @Test
    void completesAnOrderAtOnceWithTelnyxsIdOfThePhoneNumber() {
        OrderOutcome outcome = carrier.order(order("pn_01", "+14155550101"));

        assertThat(telnyx.ownedNumbers()).singleElement().satisfies(owned -> {
            assertThat(owned.phoneNumber()).isEqualTo("+14155550101");
            assertThat(outcome).isEqualTo(new OrderOutcome.Completed(owned.id()));
        });
        assertThat(telnyx.requests()).extracting(RecordedRequest::endpoint)
                .containsExactly(Endpoint.LIST_ORDERS, Endpoint.CREATE_ORDER);
        assertThat(telnyx.requests(Endpoint.LIST_ORDERS).get(0).queryParameter("filter[customer_reference]")).isEqualTo("pn_01");
        JsonObject body = json(onlyRequest(Endpoint.CREATE_ORDER).body());
        assertThat(body.getJsonArray("phone_numbers").getJsonObject(0).getString("phone_number")).isEqualTo("+14155550101");
        assertThat(body.getString("connection_id")).isEqualTo(CONNECTION_ID);
        assertThat(body.getString("customer_reference")).isEqualTo("pn_01");
        assertThat(onlyRequest(Endpoint.CREATE_ORDER).header("Content-Type")).startsWith("application/json");
    }

    @Test
    void reportsAPendingOrderAndLooksItUpCompletedLater() {
        telnyx.keepOrdersPending();
        NumberOrder order = order("pn_02", "+14155550102");

        OrderOutcome placed = carrier.order(order);

        String orderId = telnyx.orders().get(0).id();
        assertThat(placed).isEqualTo(new OrderOutcome.Pending(orderId));
        assertThat(carrier.lookUp(order)).isEqualTo(new OrderOutcome.Pending(orderId));
        assertThat(telnyx.completePendingOrders()).isEqualTo(1);
        assertThat(carrier.lookUp(order)).isEqualTo(new OrderOutcome.Completed(telnyx.ownedNumbers().get(0).id()));
    }

    @Test
    void waitsForTheDocumentsOfAGermanNumberOrderedWithoutARequirementGroupUntilItsDeadline() {
        NumberOrder order = new NumberOrder("pn_03", new E164Number("+493012345678"), NumberType.LOCAL, null);

        OrderOutcome outcome = carrier.order(order);

        TelnyxSimulator.OrderedNumber ordered = telnyx.orders().get(0).phoneNumbers().get(0);
        String deadline = LocalDate.ofInstant(ordered.deadline(), ZoneOffset.UTC).toString();
        assertThat(outcome).isInstanceOfSatisfying(OrderOutcome.Pending.class, pending -> {
            assertThat(pending.carrierOrderReference()).isEqualTo(telnyx.orders().get(0).id());
            assertThat(pending.waitingFor()).contains("waiting for the regulatory documents of +493012345678")
                    .contains(deadline);
        });
        assertThat(ordered.requirementsMet()).isFalse();
        assertThat(ordered.requirementsStatus()).isEqualTo("requirement-info-pending");
        assertThat(telnyx.ownedNumbers()).isEmpty();

        telnyx.useClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(15)));

        assertThat(carrier.lookUp(order)).isInstanceOfSatisfying(OrderOutcome.Failed.class, failed ->
                assertThat(failed.reason()).contains("cancelled the order for +493012345678").contains(deadline));
        assertThat(telnyx.orders()).singleElement().satisfies(placed -> {
            assertThat(placed.status()).isEqualTo("failure");
            assertThat(placed.phoneNumbers().get(0).requirementsStatus()).isEqualTo("cancelled");
        });
        assertThat(telnyx.ownedNumbers()).isEmpty();
    }

    @Test
    void reportsAnOrderTelnyxCouldNotComplete() {
        telnyx.inject(Fault.ORDER_FAILURE, Endpoint.CREATE_ORDER, 1);

        OrderOutcome outcome = carrier.order(order("pn_04", "+12125550142"));

        assertThat(outcome).isInstanceOfSatisfying(OrderOutcome.Failed.class, failed -> assertThat(failed.reason())
                .contains("+12125550142").contains("choose another number"));
        assertThat(telnyx.ownedNumbers()).isEmpty();
    }

    @Test
    void refusesANumberTelnyxNoLongerOffers() {
        assertThatThrownBy(() -> carrier.order(order("pn_05", "+14155550123")))
                .isInstanceOfSatisfying(CarrierRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE));
    }

    @Test
    void doesNotRepeatAPurchaseWhoseReferenceAlreadyHasAnOrder() {
        telnyx.keepOrdersPending();
        NumberOrder order = order("pn_06", "+14155550101");
        OrderOutcome first = carrier.order(order);

        assertThat(carrier.order(order)).isEqualTo(first);
        telnyx.completePendingOrders();
        assertThat(carrier.order(order)).isEqualTo(new OrderOutcome.Completed(telnyx.ownedNumbers().get(0).id()));
        assertThat(telnyx.requests(Endpoint.CREATE_ORDER)).hasSize(1);
        assertThat(telnyx.orders()).hasSize(1);
    }

    @Test
    void waitsOutRateLimitingWithGrowingJitteredPausesThenOrders() {
        telnyx.inject(Fault.RATE_LIMITED, Endpoint.CREATE_ORDER, 2);

        OrderOutcome outcome = carrier.order(order("pn_07", "+14155550101"));

        assertThat(outcome).isInstanceOf(OrderOutcome.Completed.class);
        assertThat(telnyx.requests(Endpoint.CREATE_ORDER)).extracting(RecordedRequest::status).containsExactly(429, 429, 200);
        assertThat(telnyx.orders()).hasSize(1);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void reportsTelnyxUnavailableWhenRateLimitingLasts() {
        telnyx.inject(Fault.RATE_LIMITED, Endpoint.CREATE_ORDER, 3);

        assertThatThrownBy(() -> carrier.order(order("pn_08", "+14155550101")))
                .isInstanceOf(CarrierUnavailable.class).hasMessageContaining("429");
        assertThat(telnyx.requests(Endpoint.CREATE_ORDER)).hasSize(3);
        assertThat(telnyx.orders()).isEmpty();
    }

    @Test
    void reportsTelnyxUnavailableWhenTheSearchFailsWithAServerError() {
        telnyx.inject(Fault.SERVER_ERROR, Endpoint.SEARCH, 1);

        assertThatThrownBy(() -> carrier.search(search(Country.US, NumberType.LOCAL)))
                .isInstanceOf(CarrierUnavailable.class).hasMessageContaining("500");
    }

    @Test
    void reportsTelnyxUnavailableWhenTheSearchTimesOut() {
        telnyx.inject(Fault.TIMEOUT, Endpoint.SEARCH, 1);

        assertThatThrownBy(() -> carrier.search(search(Country.US, NumberType.LOCAL)))
                .isInstanceOf(CarrierUnavailable.class);
    }

    @Test
    void findsAnOrderWhoseAnswerWasLostWithoutOrderingAgain() {
        telnyx.inject(Fault.LOST_RESPONSE, Endpoint.CREATE_ORDER, 1);
        NumberOrder order = order("pn_09", "+14155550101");

        OrderOutcome outcome = carrier.order(order);

        String phoneNumberId = telnyx.ownedNumbers().get(0).id();
        assertThat(outcome).isEqualTo(new OrderOutcome.Completed(phoneNumberId));
        assertThat(carrier.lookUp(order)).isEqualTo(new OrderOutcome.Completed(phoneNumberId));
        assertThat(telnyx.requests(Endpoint.CREATE_ORDER)).singleElement()
                .satisfies(request -> assertThat(request.status()).isEqualTo(-1));
        assertThat(telnyx.orders()).hasSize(1);
    }

    @Test
    void answersPendingWithoutASecondOrderWhenTheOrderFailsWithAServerError() {
        telnyx.inject(Fault.SERVER_ERROR, Endpoint.CREATE_ORDER, 1);
        NumberOrder order = order("pn_10", "+14155550101");

        assertThat(carrier.order(order)).isEqualTo(new OrderOutcome.Pending(null));
        assertThat(telnyx.requests(Endpoint.CREATE_ORDER)).hasSize(1);
        assertThat(telnyx.requests(Endpoint.LIST_ORDERS)).hasSize(2);
        assertThat(carrier.lookUp(order)).isEqualTo(new OrderOutcome.Unknown());
    }

    @Test
    void answersPendingWithoutASecondOrderWhenTheOrderTimesOut() {
        telnyx.inject(Fault.TIMEOUT, Endpoint.CREATE_ORDER, 1);

        assertThat(carrier.order(order("pn_11", "+14155550101"))).isEqualTo(new OrderOutcome.Pending(null));
        assertThat(telnyx.requests(Endpoint.CREATE_ORDER)).hasSize(1);
        assertThat(telnyx.orders()).isEmpty();
    }

    @Test
    void knowsNothingOfAReferenceNeverOrdered() {
        assertThat(carrier.lookUp(order("pn_never", "+14155550101"))).isEqualTo(new OrderOutcome.Unknown());
    }

    // --------------------------------------------------------------------------------------------------- release

    @Test
    void releasesANumberByTelnyxsIdOfIt() {
        OrderOutcome.Completed bought = (OrderOutcome.Completed) carrier.order(order("pn_12", "+14155550101"));

        carrier.release(bought.carrierReference());

        assertThat(telnyx.ownedNumbers()).isEmpty();
        assertThat(telnyx.releasedNumbers()).singleElement()
                .satisfies(released -> assertThat(released.phoneNumber()).isEqualTo("+14155550101"));
        RecordedRequest request = onlyRequest(Endpoint.RELEASE);
        assertThat(request.path()).isEqualTo("/v2/phone_numbers/" + bought.carrierReference());
        assertThat(request.status()).isEqualTo(200);
    }

    @Test
    void releasingANumberTelnyxDoesNotHaveIsNoError() {
        carrier.release("1293384261075731499");

        assertThat(onlyRequest(Endpoint.RELEASE).status()).isEqualTo(404);
    }

    @Test
    void reportsTelnyxUnavailableWhenTheReleaseFails() {
        telnyx.inject(Fault.SERVER_ERROR, Endpoint.RELEASE, 1);

        assertThatThrownBy(() -> carrier.release("1293384261075731499")).isInstanceOf(CarrierUnavailable.class);
    }

    @Test
    void reportsTelnyxUnavailableForAnApiKeyItRefuses() {
        assertThatThrownBy(() -> carrierWithKey("KEY-not-ours").search(search(Country.US, NumberType.LOCAL)))
                .isInstanceOf(CarrierUnavailable.class).hasMessageContaining("API key");
    }

    // --------------------------------------------------------------------------------------------------- webhook

    @Test
    void readsTheSignedOrderWebhookTheSimulatorSends() {
        telnyx.reviewRequirementGroupsAfter(Duration.ZERO);
        String declined = carrier.submitForReview(TelnyxProfiles.berlinBusiness("REJECT Acme GmbH")).profile();
        try (WebhookReceiver numbers = new WebhookReceiver()) {
            telnyx.sendWebhooksTo(numbers.url());
            telnyx.keepOrdersPending();
            carrier.order(order("pn_13", "+14155550101"));
            carrier.order(new NumberOrder("pn_14", new E164Number("+493012345678"), NumberType.LOCAL, null,
                    new CarrierReferences(declined, null)));

            telnyx.completePendingOrders();

            assertThat(numbers.received()).hasSize(2);
            WebhookReceiver.Received completed = numbers.received().get(0);
            assertThat(Ed25519.verifies(telnyx.publicKeyBase64(), completed.timestamp(), completed.body(),
                    completed.signature())).isTrue();
            assertThat(TelnyxOrderEvent.parse(completed.body())).hasValueSatisfying(event -> {
                assertThat(event.customerReference()).isEqualTo("pn_13");
                assertThat(event.orderId()).isEqualTo(telnyx.ordersWithReference("pn_13").get(0).id());
                assertThat(event.eventId()).isNotBlank();
                assertThat(event.occurredAt()).isNotNull();
                assertThat(event.outcome()).isEqualTo(new OrderOutcome.Completed(telnyx.ownedNumbers().get(0).id()));
            });
            assertThat(TelnyxOrderEvent.parse(numbers.received().get(1).body())).hasValueSatisfying(event -> {
                assertThat(event.customerReference()).isEqualTo("pn_14");
                assertThat(event.outcome()).isInstanceOfSatisfying(OrderOutcome.Failed.class, failed -> assertThat(
                        failed.reason()).contains("declined the documents").contains("REJECT Acme GmbH"));
            });
        }
    }

    @Test
    void refusesASwissNumberOrderedWithoutARequirementGroup() {
        assertThatThrownBy(() -> carrier.order(
                new NumberOrder("pn_15", new E164Number("+41441234567"), NumberType.LOCAL, null)))
                .isInstanceOfSatisfying(CarrierRefusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.REGULATORY);
                    assertThat(refusal.getMessage()).contains("Switzerland local numbers").contains("compliance profile");
                });
        assertThat(telnyx.orders()).isEmpty();
        assertThat(telnyx.inventory(Country.CH, NumberType.LOCAL))
                .anyMatch(listing -> listing.number().value().equals("+41441234567"));
    }

    // ----------------------------------------------------------------------------------------------------- parts

    private TelnyxApi carrierWithKey(String apiKey) {
        return new TelnyxApi(client, URI.create(telnyx.baseUrl()), apiKey, CONNECTION_ID, Duration.ofSeconds(2),
                Duration.ofMillis(1500), new Backoff(3, Duration.ofMillis(100), Duration.ofSeconds(1), waits::add));
    }

    private static NumberSearch search(Country country, NumberType type) {
        return new NumberSearch(country, type, null, null, null, null, 20);
    }

    private static NumberOrder order(String reference, String number) {
        return new NumberOrder(reference, new E164Number(number), new E164Number(number).numberType(), null);
    }

    private RecordedRequest onlyRequest(Endpoint endpoint) {
        List<RecordedRequest> requests = telnyx.requests(endpoint);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
