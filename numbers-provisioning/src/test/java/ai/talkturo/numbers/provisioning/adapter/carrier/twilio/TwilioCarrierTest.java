package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Fault;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.LIST_OWNED;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.PURCHASE;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.RELEASE;
import static ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioSimulator.Operation.SEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.PriceList;
import ai.talkturo.numbers.provisioning.adapter.carrier.Backoff;
import ai.talkturo.numbers.provisioning.port.CarrierAddress;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@link TwilioNumbers} against the simulated Twilio: what it sends, and what it makes of every answer. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwilioCarrierTest {

    private static final URI PUBLIC_BASE_URL = URI.create("https://numbers.example.com");
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private static final String ADDRESS_SID = "AD0123456789abcdef0123456789abcdef";
    private static final String SEARCH_PATH = "/2010-04-01/Accounts/" + TwilioSimulator.ACCOUNT_SID + "/AvailablePhoneNumbers/";
    private static final List<String> SPEC_VIOLATIONS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger REQUESTS_CHECKED = new AtomicInteger();

    private TwilioSimulator twilio;
    private Client client;
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private TwilioNumbers carrier;

    @BeforeEach
    void startTwilio() {
        twilio = new TwilioSimulator().start().answerDelay(Duration.ofSeconds(3));
        client = TwilioWire.client(Duration.ofSeconds(2), READ_TIMEOUT);
        carrier = carrierWith(TwilioSimulator.AUTH_TOKEN);
    }

    @AfterEach
    void stopTwilio() {
        SPEC_VIOLATIONS.addAll(twilio.specViolations());
        REQUESTS_CHECKED.addAndGet(twilio.requests().size());
        client.close();
        twilio.close();
    }

    // ---- search

    @Test
    void searchesLocalNumbersByAreaCode() {
        List<NumberOffer> offers = carrier.search(search(Country.US, NumberType.LOCAL).areaCode("415").build());

        assertThat(offers).extracting(offer -> offer.number().value())
                .containsExactly("+14155552671", "+14155552672", "+14155552673", "+14155550101", "+14155550102");
        assertThat(offers).allSatisfy(offer -> {
            assertThat(offer.type()).isEqualTo(NumberType.LOCAL);
            assertThat(offer.locality()).isEqualTo("San Francisco");
            assertThat(offer.region()).isEqualTo("CA");
            assertThat(offer.price()).isEqualTo(PriceList.priceOf(Country.US, NumberType.LOCAL));
            assertThat(offer.features()).containsExactly("voice", "sms", "mms");
            assertThat(offer.addressRequirement()).isEqualTo(AddressRequirement.NONE);
        });
        RecordedRequest request = onlyRequest(SEARCH);
        assertThat(request.path()).isEqualTo(SEARCH_PATH + "US/Local.json");
        assertThat(request.queryParam("AreaCode")).isEqualTo("415");
        assertThat(request.queryParam("VoiceEnabled")).isEqualTo("true");
        assertThat(request.queryParam("PageSize")).isEqualTo("20");
    }

    @Test
    void searchesByLocalityAndRegion() {
        List<NumberOffer> offers = carrier.search(search(Country.CA, NumberType.LOCAL).locality("Toronto").region("ON").build());

        assertThat(offers).extracting(offer -> offer.number().value()).containsExactly("+14165550123", "+14165550124");
        RecordedRequest request = onlyRequest(SEARCH);
        assertThat(request.path()).isEqualTo(SEARCH_PATH + "CA/Local.json");
        assertThat(request.queryParam("InLocality")).isEqualTo("Toronto");
        assertThat(request.queryParam("InRegion")).isEqualTo("ON");
        assertThat(request.queryParam("AreaCode")).isNull();
    }

    @Test
    void searchesByAPatternWithWildcards() {
        List<NumberOffer> offers = carrier.search(search(Country.US, NumberType.LOCAL).contains("555013*").build());

        assertThat(offers).extracting(offer -> offer.number().value()).containsExactly("+12125550134");
        assertThat(onlyRequest(SEARCH).queryParam("Contains")).isEqualTo("555013*");
    }

    @Test
    void searchesTollFreeNumbersOnTheirOwnPath() {
        List<NumberOffer> offers = carrier.search(search(Country.US, NumberType.TOLL_FREE).build());

        assertThat(offers).extracting(offer -> offer.number().value())
                .containsExactly("+18005550199", "+18005550198", "+18885550123");
        assertThat(offers).allSatisfy(offer -> {
            assertThat(offer.type()).isEqualTo(NumberType.TOLL_FREE);
            assertThat(offer.locality()).isNull();
            assertThat(offer.price()).isEqualTo(PriceList.priceOf(Country.US, NumberType.TOLL_FREE));
        });
        assertThat(onlyRequest(SEARCH).path()).isEqualTo(SEARCH_PATH + "US/TollFree.json");
    }

    @Test
    void searchesGermanMobileNumbersThatNeedAnAddressInTheCountry() {
        List<NumberOffer> offers = carrier.search(search(Country.DE, NumberType.MOBILE).build());

        assertThat(offers).extracting(offer -> offer.number().value()).containsExactly("+4915112345678", "+4917612345678");
        assertThat(offers).extracting(NumberOffer::addressRequirement).containsOnly(AddressRequirement.COUNTRY);
        assertThat(onlyRequest(SEARCH).path()).isEqualTo(SEARCH_PATH + "DE/Mobile.json");
    }

    @Test
    void searchesGermanNationalNumbersOnTheirOwnPath() {
        List<NumberOffer> offers = carrier.search(search(Country.DE, NumberType.NATIONAL).build());

        assertThat(offers).extracting(offer -> offer.number().value()).containsExactly("+4918012345678");
        assertThat(onlyRequest(SEARCH).path()).isEqualTo(SEARCH_PATH + "DE/National.json");
    }

    @Test
    void filtersGermanNumbersByTheirAreaCodeItself() {
        List<NumberOffer> offers = carrier.search(search(Country.DE, NumberType.LOCAL).areaCode("30").limit(3).build());

        assertThat(offers).extracting(offer -> offer.number().value())
                .containsExactly("+493012345678", "+493012345679", "+493098765432");
        assertThat(offers).allSatisfy(offer -> {
            assertThat(offer.locality()).isEqualTo("Berlin");
            assertThat(offer.addressRequirement()).isEqualTo(AddressRequirement.LOCALITY);
        });
        RecordedRequest request = onlyRequest(SEARCH);
        assertThat(request.queryParam("AreaCode")).as("Twilio takes area codes in the US and Canada only").isNull();
        assertThat(request.queryParam("PageSize")).isEqualTo("100");
    }

    @Test
    void neverAsksForLessAddressThanTheRegulatorDoes() {
        twilio.stock(new TwilioListing("+41315551234", Country.CH, NumberType.LOCAL, "Bern", "Bern", null, null, null,
                "none", TwilioListing.capabilities(true, false)));

        NumberOffer offer = carrier.offer(E164Number.of("+41315551234")).orElseThrow();

        assertThat(offer.addressRequirement()).isEqualTo(AddressRequirement.LOCALITY);
        assertThat(offer.features()).containsExactly("voice");
    }

    @Test
    void asksTwilioForNoMoreThanTheLimit() {
        List<NumberOffer> offers = carrier.search(search(Country.US, NumberType.LOCAL).limit(2).build());

        assertThat(offers).hasSize(2);
        assertThat(onlyRequest(SEARCH).queryParam("PageSize")).isEqualTo("2");
    }

    @Test
    void leavesOutNumbersThatCannotTakeCalls() {
        List<NumberOffer> offers = carrier.search(search(Country.US, NumberType.LOCAL).areaCode("415").build());

        assertThat(offers).extracting(offer -> offer.number().value()).doesNotContain("+14155552674");
    }

    // ---- offer

    @Test
    void offersTheExactNumberAskedFor() {
        NumberOffer offer = carrier.offer(E164Number.of("+14155552672")).orElseThrow();

        assertThat(offer.number()).isEqualTo(E164Number.of("+14155552672"));
        assertThat(offer.type()).isEqualTo(NumberType.LOCAL);
        assertThat(offer.locality()).isEqualTo("San Francisco");
        RecordedRequest request = onlyRequest(SEARCH);
        assertThat(request.path()).isEqualTo(SEARCH_PATH + "US/Local.json");
        assertThat(request.queryParam("Contains")).isEqualTo("14155552672");
    }

    @Test
    void offersNothingForANumberOutOfStock() {
        assertThat(carrier.offer(E164Number.of("+12125550199"))).isEmpty();
    }

    @Test
    void offersNothingForANumberSomeoneElseBought() {
        twilio.sellElsewhere("+14155552671");

        assertThat(carrier.offer(E164Number.of("+14155552671"))).isEmpty();
    }

    // ---- order

    @Test
    void buysANumberWithTheWebhooksOfNumbers() {
        OrderOutcome outcome = carrier.order(order("pn_01JDBUY", "+14155552673"));

        OwnedNumber owned = twilio.owned("+14155552673").orElseThrow();
        assertThat(outcome).isEqualTo(new OrderOutcome.Completed(owned.sid()));
        assertThat(owned.sid()).matches("PN[0-9a-f]{32}");
        assertThat(owned.friendlyName()).isEqualTo("pn_01JDBUY");
        assertThat(owned.voiceUrl()).isEqualTo("https://numbers.example.com/webhooks/twilio/voice");
        assertThat(owned.voiceMethod()).isEqualTo("POST");
        assertThat(owned.statusCallback()).isEqualTo("https://numbers.example.com/webhooks/twilio/status");
        assertThat(twilio.requests()).extracting(RecordedRequest::operation).containsExactly(LIST_OWNED, PURCHASE);
        RecordedRequest purchase = onlyRequest(PURCHASE);
        assertThat(purchase.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(purchase.formField("PhoneNumber")).isEqualTo("+14155552673");
        assertThat(purchase.formField("AddressSid")).isNull();
        assertThat(onlyRequest(LIST_OWNED).queryParam("PhoneNumber")).isEqualTo("+14155552673");
    }

    @Test
    void doesNotBuyANumberTheAccountOwnsAlready() {
        String sid = twilio.own("+14155550101", "pn_01JDEARLIER");

        OrderOutcome outcome = carrier.order(order("pn_01JDEARLIER", "+14155550101"));

        assertThat(outcome).isEqualTo(new OrderOutcome.Completed(sid));
        assertThat(twilio.requests(PURCHASE)).isEmpty();
    }

    @Test
    void refusesAGermanGeographicNumberWithoutAnAddress() {
        assertThatThrownBy(() -> carrier.order(order("pn_01JDBERLIN", "+493012345678")))
                .isInstanceOfSatisfying(CarrierRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.ADDRESS_REQUIRED))
                .hasMessageContaining("21631");
        assertThat(twilio.owned()).isEmpty();
    }

    @Test
    void buysAGermanGeographicNumberWithItsBundleAndItsTwilioAddress() {
        CarrierAddress berlin = new CarrierAddress(ADDRESS_SID, "Ada Lovelace", "Unter den Linden 1", "Berlin", "10117",
                null, "DE");
        String bundleSid = twilio.approvedBundle(Country.DE, NumberType.LOCAL);

        OrderOutcome outcome = carrier.order(new NumberOrder("pn_01JDBERLIN", E164Number.of("+493012345679"),
                NumberType.LOCAL, berlin, new CarrierReferences(bundleSid, null)));

        assertThat(outcome).isInstanceOf(OrderOutcome.Completed.class);
        assertThat(twilio.owned("+493012345679")).get().satisfies(owned -> {
            assertThat(owned.addressSid()).isEqualTo(ADDRESS_SID);
            assertThat(owned.bundleSid()).isEqualTo(bundleSid);
        });
    }

    @Test
    void refusesAGermanGeographicNumberWithAnAddressButWithoutABundle() {
        CarrierAddress berlin = new CarrierAddress(ADDRESS_SID, "Ada Lovelace", "Unter den Linden 1", "Berlin", "10117",
                null, "DE");

        assertThatThrownBy(() -> carrier.order(new NumberOrder("pn_01JDBERLIN", E164Number.of("+493012345679"),
                NumberType.LOCAL, berlin)))
                .isInstanceOfSatisfying(CarrierRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.REGULATORY))
                .hasMessageContaining("21649");
        assertThat(twilio.owned()).isEmpty();
    }

    @Test
    void refusesAnAustrianGeographicNumberWithoutARegulatoryBundle() {
        CarrierAddress vienna = new CarrierAddress(ADDRESS_SID, "Ada Lovelace", "Graben 1", "Wien", "1010", null, "AT");

        assertThatThrownBy(() -> carrier.order(new NumberOrder("pn_01JDWIEN", E164Number.of("+43123456789"),
                NumberType.LOCAL, vienna)))
                .isInstanceOfSatisfying(CarrierRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.REGULATORY));
    }

    @Test
    void refusesANumberSomeoneElseBought() {
        twilio.sellElsewhere("+12125551234");

        assertThatThrownBy(() -> carrier.order(order("pn_01JDGONE", "+12125551234")))
                .isInstanceOfSatisfying(CarrierRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE))
                .hasMessageContaining("21422");
    }

    @Test
    void refusesWhenTwilioSaysAnAddressIsNeeded() {
        twilio.inject(PURCHASE, Fault.ADDRESS_REQUIRED, 1);

        assertThatThrownBy(() -> carrier.order(order("pn_01JDADDR", "+15125550147")))
                .isInstanceOfSatisfying(CarrierRefusal.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(CarrierRefusal.Reason.ADDRESS_REQUIRED));
    }

    @Test
    void buysAfterTwilioAskedToComeBackLater() {
        twilio.inject(PURCHASE, Fault.TOO_MANY_REQUESTS, 2);

        OrderOutcome outcome = carrier.order(order("pn_01JDBUSY", "+14155552671"));

        assertThat(outcome).isEqualTo(new OrderOutcome.Completed(twilio.owned("+14155552671").orElseThrow().sid()));
        assertThat(twilio.purchaseRequests("+14155552671")).isEqualTo(3);
        assertThat(pauses).hasSize(2);
        assertThat(pauses.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(pauses.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void givesUpWhenTwilioKeepsAskingToComeBackLater() {
        twilio.inject(PURCHASE, Fault.TOO_MANY_REQUESTS, 4);

        assertThatThrownBy(() -> carrier.order(order("pn_01JDBUSY", "+14155552671")))
                .isInstanceOf(CarrierUnavailable.class);
        assertThat(twilio.purchaseRequests("+14155552671")).isEqualTo(4);
        assertThat(pauses).hasSize(3);
        assertThat(twilio.owned()).isEmpty();
    }

    @Test
    void findsAPurchaseWhoseAnswerCameTooLate() {
        twilio.inject(PURCHASE, Fault.TIMEOUT, 1);

        OrderOutcome outcome = carrier.order(order("pn_01JDSLOW", "+14155552672"));

        assertThat(outcome).isEqualTo(new OrderOutcome.Completed(twilio.owned("+14155552672").orElseThrow().sid()));
        assertThat(twilio.purchaseRequests("+14155552672")).isEqualTo(1);
        assertThat(twilio.requests()).extracting(RecordedRequest::operation).containsExactly(LIST_OWNED, PURCHASE, LIST_OWNED);
    }

    @Test
    void findsAPurchaseWhoseConnectionDroppedWithoutPostingAgain() {
        twilio.inject(PURCHASE, Fault.LOST_RESPONSE, 1);

        OrderOutcome outcome = carrier.order(order("pn_01JDLOST", "+16045550188"));

        assertThat(outcome).isEqualTo(new OrderOutcome.Completed(twilio.owned("+16045550188").orElseThrow().sid()));
        assertThat(twilio.purchaseRequests("+16045550188")).isEqualTo(1);
    }

    @Test
    void findsAPurchaseThatWentThroughThoughTwilioAnswered500() {
        twilio.inject(PURCHASE, Fault.LOST_RESPONSE_500, 1);

        OrderOutcome outcome = carrier.order(order("pn_01JD500", "+16045550189"));

        assertThat(outcome).isEqualTo(new OrderOutcome.Completed(twilio.owned("+16045550189").orElseThrow().sid()));
        assertThat(twilio.purchaseRequests("+16045550189")).isEqualTo(1);
    }

    @Test
    void leavesTheOrderPendingWhenTwilioFailedBeforeBuying() {
        twilio.inject(PURCHASE, Fault.SERVER_ERROR, 1);

        OrderOutcome outcome = carrier.order(order("pn_01JDFAIL", "+14165550123"));

        assertThat(outcome).isEqualTo(new OrderOutcome.Pending(null));
        assertThat(twilio.purchaseRequests("+14165550123")).isEqualTo(1);
        assertThat(twilio.requests(LIST_OWNED)).hasSize(2);
        assertThat(twilio.owned()).isEmpty();
    }

    @Test
    void leavesTheOrderPendingWhenNeitherThePurchaseNorTheLookUpAnswers() {
        twilio.inject(PURCHASE, Fault.LOST_RESPONSE, 1)
                .inject(LIST_OWNED, Fault.NONE, 1)
                .inject(LIST_OWNED, Fault.SERVER_ERROR, 1);
        NumberOrder order = order("pn_01JDDARK", "+14165550124");

        OrderOutcome outcome = carrier.order(order);

        assertThat(outcome).isEqualTo(new OrderOutcome.Pending(null));
        assertThat(twilio.purchaseRequests("+14165550124")).isEqualTo(1);
        assertThat(carrier.lookUp(order)).as("what reconciliation finds later")
                .isEqualTo(new OrderOutcome.Completed(twilio.owned("+14165550124").orElseThrow().sid()));
    }

    @Test
    void reportsAnUnreachableTwilioAsUnavailable() {
        twilio.close();

        assertThatThrownBy(() -> carrier.order(order("pn_01JDDOWN", "+14155552671")))
                .isInstanceOf(CarrierUnavailable.class);
    }

    // ---- look-up

    @Test
    void looksUpANumberTheAccountOwns() {
        String sid = twilio.own("+18005550199", "pn_01JDOWNED");

        assertThat(carrier.lookUp(order("pn_01JDOWNED", "+18005550199"))).isEqualTo(new OrderOutcome.Completed(sid));
        assertThat(onlyRequest(LIST_OWNED).queryParam("PhoneNumber")).isEqualTo("+18005550199");
    }

    @Test
    void knowsNothingOfANumberTheAccountDoesNotOwn() {
        twilio.own("+18005550199", "pn_01JDOTHER");

        assertThat(carrier.lookUp(order("pn_01JDNEVER", "+18005550198"))).isEqualTo(new OrderOutcome.Unknown());
    }

    @Test
    void failsAsUnavailableWhenTheLookUpFails() {
        twilio.inject(LIST_OWNED, Fault.SERVICE_UNAVAILABLE, 1);

        assertThatThrownBy(() -> carrier.lookUp(order("pn_01JDLOOK", "+18005550199")))
                .isInstanceOf(CarrierUnavailable.class);
    }

    @Test
    void failsAsUnavailableWhenTheLookUpTimesOut() {
        twilio.inject(LIST_OWNED, Fault.TIMEOUT, 1);

        assertThatThrownBy(() -> carrier.lookUp(order("pn_01JDLOOK", "+18005550199")))
                .isInstanceOf(CarrierUnavailable.class);
    }

    // ---- release

    @Test
    void releasesANumber() {
        String sid = twilio.own("+18885550123", "pn_01JDBYE");

        carrier.release(sid);

        assertThat(twilio.owned()).isEmpty();
        assertThat(twilio.released()).extracting(OwnedNumber::sid).containsExactly(sid);
        assertThat(onlyRequest(RELEASE).path())
                .isEqualTo("/2010-04-01/Accounts/" + TwilioSimulator.ACCOUNT_SID + "/IncomingPhoneNumbers/" + sid + ".json");
    }

    @Test
    void releasingANumberTwilioDoesNotHaveIsFine() {
        carrier.release("PN00000000000000000000000000000000");

        assertThat(twilio.requests(RELEASE)).hasSize(1);
    }

    @Test
    void failsAsUnavailableWhenTheReleaseFails() {
        String sid = twilio.own("+18885550123", "pn_01JDSTAY");
        twilio.inject(RELEASE, Fault.SERVER_ERROR, 1);

        assertThatThrownBy(() -> carrier.release(sid)).isInstanceOf(CarrierUnavailable.class);
        assertThat(twilio.owned()).extracting(OwnedNumber::sid).containsExactly(sid);
    }

    // ---- failures of the other calls

    @Test
    void failsTheSearchAsUnavailableOnAServerError() {
        twilio.inject(SEARCH, Fault.SERVER_ERROR, 1);

        assertThatThrownBy(() -> carrier.search(search(Country.US, NumberType.LOCAL).build()))
                .isInstanceOf(CarrierUnavailable.class)
                .hasMessageContaining("20500");
        assertThat(twilio.requests(SEARCH)).as("retries are for fault tolerance around this class").hasSize(1);
    }

    @Test
    void failsTheSearchAsUnavailableWhenTwilioDoesNotAnswerInTime() {
        twilio.inject(SEARCH, Fault.TIMEOUT, 1);

        assertThatThrownBy(() -> carrier.search(search(Country.US, NumberType.LOCAL).build()))
                .isInstanceOf(CarrierUnavailable.class);
        assertThat(twilio.requests(SEARCH)).hasSize(1);
    }

    @Test
    void failsAsUnavailableWithWrongCredentials() {
        TwilioNumbers impostor = carrierWith("not-the-auth-token");

        assertThatThrownBy(() -> impostor.search(search(Country.US, NumberType.LOCAL).build()))
                .isInstanceOf(CarrierUnavailable.class)
                .hasMessageContaining("20003");
    }

    // ---- the wire format

    @Test
    @Order(Integer.MAX_VALUE)
    void sendsOnlyRequestsThatFollowTwilioOpenApiDescription() {
        carrier.search(search(Country.US, NumberType.LOCAL).areaCode("212").contains("55*1").locality("New York").region("NY").build());
        carrier.search(search(Country.AT, NumberType.NATIONAL).build());
        carrier.offer(E164Number.of("+41441234567"));
        OrderOutcome bought = carrier.order(new NumberOrder("pn_01JDSPEC", E164Number.of("+41441234568"),
                NumberType.LOCAL, new CarrierAddress(ADDRESS_SID, "Ada", "Bahnhofstrasse 1", "Zürich", "8001", null, "CH"),
                new CarrierReferences(twilio.approvedBundle(Country.CH, NumberType.LOCAL), ADDRESS_SID)));
        carrier.release(((OrderOutcome.Completed) bought).carrierReference());

        assertThat(twilio.specViolations()).isEmpty();
        assertThat(SPEC_VIOLATIONS).as("requests of the tests before this one that broke the description").isEmpty();
        assertThat(REQUESTS_CHECKED.get() + twilio.requests().size()).isGreaterThanOrEqualTo(6);
    }

    // ---- helpers

    private TwilioNumbers carrierWith(String authToken) {
        URI simulator = URI.create(twilio.baseUrl());
        TwilioSettings settings = new TwilioSettings(simulator, simulator, simulator, TwilioSimulator.ACCOUNT_SID,
                authToken, PUBLIC_BASE_URL, Duration.ofSeconds(2), READ_TIMEOUT);
        return new TwilioNumbers(settings, client, new Backoff(4, Duration.ofMillis(100), Duration.ofSeconds(1), pauses::add));
    }

    private RecordedRequest onlyRequest(TwilioSimulator.Operation operation) {
        List<RecordedRequest> requests = twilio.requests(operation);
        assertThat(requests).as("requests to " + operation).hasSize(1);
        return requests.get(0);
    }

    private static NumberOrder order(String reference, String number) {
        E164Number e164 = E164Number.of(number);
        return new NumberOrder(reference, e164, e164.numberType(), null);
    }

    private static SearchBuilder search(Country country, NumberType type) {
        return new SearchBuilder(country, type);
    }

    /** A search with only the filters a test names. */
    private static final class SearchBuilder {
        private final Country country;
        private final NumberType type;
        private String areaCode;
        private String locality;
        private String region;
        private String contains;
        private int limit = 20;

        SearchBuilder(Country country, NumberType type) {
            this.country = country;
            this.type = type;
        }

        SearchBuilder areaCode(String areaCode) {
            this.areaCode = areaCode;
            return this;
        }

        SearchBuilder locality(String locality) {
            this.locality = locality;
            return this;
        }

        SearchBuilder region(String region) {
            this.region = region;
            return this;
        }

        SearchBuilder contains(String contains) {
            this.contains = contains;
            return this;
        }

        SearchBuilder limit(int limit) {
            this.limit = limit;
            return this;
        }

        NumberSearch build() {
            return new NumberSearch(country, type, areaCode, locality, region, contains, limit);
        }
    }
}
