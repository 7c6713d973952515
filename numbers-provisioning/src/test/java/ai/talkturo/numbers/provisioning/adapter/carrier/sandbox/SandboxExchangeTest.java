package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.port.CarrierAddress;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SandboxExchangeTest {

    private static final Duration LATENCY = Duration.ofSeconds(3);
    private static final String CARRIER_REFERENCE = "SB[0-9a-f]{32}";

    private final FakeTime time = new FakeTime("2026-11-23T10:15:30Z");
    private final InMemorySandboxOrders orders = new InMemorySandboxOrders();
    private final SandboxInventory inventory = new SandboxInventory();
    private final List<Runnable> whileFilling = new ArrayList<>();
    private double chance = 0.5;
    private boolean interruptWhileFilling;

    @Test
    void isCalledSandbox() {
        assertThat(SandboxExchange.NAME).isEqualTo("sandbox");
    }

    @Test
    void completesAnOrderWithTheSandboxsIdOfTheNumber() {
        E164Number number = first(Country.US, NumberType.LOCAL);

        OrderOutcome outcome = exchange(0).order(order("pn_1", number, null));

        assertThat(outcome).isInstanceOfSatisfying(OrderOutcome.Completed.class,
                completed -> assertThat(completed.carrierReference()).matches(CARRIER_REFERENCE));
    }

    @Test
    void takesTheConfiguredLatencyToFillAnOrder() {
        E164Number number = first(Country.US, NumberType.TOLL_FREE);

        exchange(0).order(order("pn_1", number, null));

        assertThat(time.slept()).isEqualTo(LATENCY);
        assertThat(time.instant()).isEqualTo("2026-11-23T10:15:33Z");
    }

    @Test
    void answersAtOnceWithoutLatency() {
        SandboxExchange exchange = new SandboxExchange(inventory, orders, new SandboxSettings(Duration.ZERO, 0), time,
                time, () -> chance);

        OrderOutcome outcome = exchange.order(order("pn_1", first(Country.CA, NumberType.LOCAL), null));

        assertThat(outcome).isInstanceOf(OrderOutcome.Completed.class);
        assertThat(time.pauses()).isEmpty();
    }

    @Test
    void waitsForTheCompletionTimeAsTheBookKeepsIt() {
        SandboxOrders coarse = new InMemorySandboxOrders() {
            @Override
            public void add(SandboxOrder order) {
                Instant nextSecond = order.completesAt().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
                super.add(SandboxOrder.placed(order.number(), order.reference(), order.carrierReference(),
                        order.failureReason(), order.orderedAt(), nextSecond));
            }
        };
        SandboxExchange exchange = new SandboxExchange(inventory, coarse,
                new SandboxSettings(Duration.ofMillis(1500), 0), time, time, () -> chance);

        OrderOutcome outcome = exchange.order(order("pn_1", first(Country.US, NumberType.LOCAL), null));

        assertThat(outcome).isInstanceOf(OrderOutcome.Completed.class);
        assertThat(time.slept()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void looksUpAnOrderAsPendingWhileItIsFilled() {
        SandboxExchange exchange = exchange(0);
        NumberOrder order = order("pn_1", first(Country.US, NumberType.LOCAL), null);
        List<OrderOutcome> seen = new ArrayList<>();
        whileFilling.add(() -> seen.add(exchange.lookUp(order)));

        OrderOutcome outcome = exchange.order(order);

        assertThat(seen).singleElement().isInstanceOfSatisfying(OrderOutcome.Pending.class, pending ->
                assertThat(pending.carrierOrderReference())
                        .isEqualTo(((OrderOutcome.Completed) outcome).carrierReference()));
    }

    @Test
    void looksUpAnOrderItNeverSawAsUnknown() {
        E164Number number = first(Country.US, NumberType.LOCAL);

        assertThat(exchange(0).lookUp(order("pn_1", number, null))).isEqualTo(new OrderOutcome.Unknown());
    }

    @Test
    void looksUpAnOrderOfAnotherNumberAsUnknown() {
        SandboxExchange exchange = exchange(0);
        List<NumberOffer> two = search(exchange, Country.US, NumberType.LOCAL, 2);
        exchange.order(order("pn_1", two.get(0).number(), null));

        assertThat(exchange.lookUp(order("pn_1", two.get(1).number(), null))).isEqualTo(new OrderOutcome.Unknown());
    }

    @Test
    void looksUpACompletedOrderAsCompleted() {
        SandboxExchange exchange = exchange(0);
        NumberOrder order = order("pn_1", first(Country.AE, NumberType.MOBILE), null);
        OrderOutcome outcome = exchange.order(order);
        time.advance(Duration.ofDays(3));

        assertThat(exchange.lookUp(order)).isEqualTo(outcome).isInstanceOf(OrderOutcome.Completed.class);
    }

    @Test
    void looksUpAFailedOrderAsFailed() {
        SandboxExchange exchange = exchange(1);
        NumberOrder order = order("pn_1", first(Country.AE, NumberType.LOCAL), null);
        OrderOutcome outcome = exchange.order(order);

        assertThat(exchange.lookUp(order)).isEqualTo(outcome).isInstanceOf(OrderOutcome.Failed.class);
    }

    @Test
    void looksUpAReleasedNumberAsFailedSayingSo() {
        SandboxExchange exchange = exchange(0);
        NumberOrder order = order("pn_1", first(Country.US, NumberType.LOCAL), null);
        exchange.release(carrierReference(exchange.order(order)));

        assertThat(exchange.lookUp(order)).isInstanceOfSatisfying(OrderOutcome.Failed.class,
                failed -> assertThat(failed.reason()).contains(order.number().value(), "given back"));
    }

    @Test
    void healsAnOrderCutShortByARestartWithoutBuyingTwice() {
        SandboxExchange exchange = exchange(0);
        NumberOrder order = order("pn_1", first(Country.DE, NumberType.TOLL_FREE), berlin());
        interruptWhileFilling = true;
        assertThatThrownBy(() -> exchange.order(order)).isInstanceOf(CarrierUnavailable.class);
        Thread.interrupted();
        OrderOutcome pending = exchange.lookUp(order);

        time.advance(Duration.ofSeconds(1));
        OrderOutcome outcome = exchange.order(order);

        assertThat(pending).isInstanceOf(OrderOutcome.Pending.class);
        assertThat(outcome).isEqualTo(new OrderOutcome.Completed(((OrderOutcome.Pending) pending).carrierOrderReference()));
        assertThat(time.slept()).isEqualTo(LATENCY.minusSeconds(1));
        assertThat(orders.size()).isEqualTo(1);
    }

    @Test
    void answersAnOrderPlacedAgainWithTheFirstOutcome() {
        SandboxExchange exchange = exchange(0);
        NumberOrder order = order("pn_1", first(Country.CH, NumberType.MOBILE), geneva());
        OrderOutcome first = exchange.order(order);

        OrderOutcome again = exchange.order(order);

        assertThat(again).isEqualTo(first);
        assertThat(time.slept()).isEqualTo(LATENCY);
        assertThat(orders.size()).isEqualTo(1);
    }

    @Test
    void answersAFailedOrderPlacedAgainWithTheSameFailure() {
        SandboxExchange exchange = exchange(1);
        NumberOrder order = order("pn_1", first(Country.US, NumberType.LOCAL), null);
        OrderOutcome first = exchange.order(order);

        assertThat(exchange.order(order)).isEqualTo(first).isInstanceOf(OrderOutcome.Failed.class);
    }

    @Test
    void refusesAReferenceAlreadyUsedForAnotherNumber() {
        SandboxExchange exchange = exchange(0);
        List<NumberOffer> two = search(exchange, Country.US, NumberType.LOCAL, 2);
        exchange.order(order("pn_1", two.get(0).number(), null));

        assertThatThrownBy(() -> exchange.order(order("pn_1", two.get(1).number(), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pn_1");
    }

    @Test
    void neverSellsOneNumberTwice() {
        SandboxExchange exchange = exchange(0);
        E164Number number = first(Country.US, NumberType.LOCAL);
        exchange.order(order("pn_1", number, null));

        assertRefused(() -> exchange.order(order("pn_2", number, null)), CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE,
                number + " is no longer available");
    }

    @Test
    void doesNotSellANumberSomeoneIsStillOrdering() {
        SandboxExchange exchange = exchange(0);
        E164Number number = first(Country.US, NumberType.LOCAL);
        whileFilling.add(() -> assertRefused(() -> exchange.order(order("pn_2", number, null)),
                CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE, "no longer available"));

        exchange.order(order("pn_1", number, null));

        assertThat(whileFilling).hasSize(1);
        assertThat(orders.size()).isEqualTo(1);
    }

    @Test
    void refusesANumberItNeverOffered() {
        E164Number notOffered = new E164Number("+14155552671");

        assertRefused(() -> exchange(0).order(order("pn_1", notOffered, null)),
                CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE, "+14155552671 is not offered by the sandbox carrier");
        assertThat(orders.size()).isZero();
    }

    @Test
    void offersNoNumberItNeverOffered() {
        assertThat(exchange(0).offer(new E164Number("+14155552671"))).isEmpty();
    }

    @Test
    void offersANumberNobodyHolds() {
        SandboxExchange exchange = exchange(0);
        NumberOffer offer = search(exchange, Country.DE, NumberType.LOCAL, 1).get(0);

        assertThat(exchange.offer(offer.number())).contains(offer);
    }

    @Test
    void neitherSearchesNorOffersASoldNumber() {
        SandboxExchange exchange = exchange(0);
        List<NumberOffer> before = search(exchange, Country.US, NumberType.LOCAL, 20);
        E164Number sold = before.get(3).number();
        exchange.order(order("pn_1", sold, null));

        List<NumberOffer> after = search(exchange, Country.US, NumberType.LOCAL, 20);

        assertThat(after).hasSize(20).extracting(NumberOffer::number).doesNotContain(sold);
        assertThat(after.subList(0, 19)).containsExactlyElementsOf(
                before.stream().filter(offer -> !offer.number().equals(sold)).toList());
        assertThat(exchange.offer(sold)).isEmpty();
    }

    @Test
    void neitherSearchesNorOffersANumberBeingOrdered() {
        SandboxExchange exchange = exchange(0);
        E164Number number = first(Country.AT, NumberType.MOBILE);
        whileFilling.add(() -> {
            assertThat(search(exchange, Country.AT, NumberType.MOBILE, 20)).extracting(NumberOffer::number)
                    .doesNotContain(number);
            assertThat(exchange.offer(number)).isEmpty();
        });

        exchange.order(order("pn_1", number, null));
    }

    @Test
    void searchesTheWholeLimitPastManySoldNumbers() {
        SandboxExchange exchange = new SandboxExchange(inventory, orders, new SandboxSettings(Duration.ZERO, 0), time,
                time, () -> chance);
        List<NumberOffer> sold = search(exchange, Country.CH, NumberType.LOCAL, 20);
        for (int i = 0; i < sold.size(); i++) {
            exchange.order(order("pn_" + i, sold.get(i).number(), zurichAddressFor(sold.get(i))));
        }

        List<NumberOffer> left = search(exchange, Country.CH, NumberType.LOCAL, 20);

        assertThat(left).hasSize(20).doesNotContainAnyElementsOf(sold);
    }

    @Test
    void findsNothingWithoutComplaint() {
        assertThat(exchange(0).search(new NumberSearch(Country.US, NumberType.LOCAL, "907", null, null, null, 20)))
                .isEmpty();
    }

    @Test
    void releasesANumberForSaleAgainUnderANewReference() {
        SandboxExchange exchange = exchange(0);
        E164Number number = first(Country.US, NumberType.LOCAL);
        String firstSale = carrierReference(exchange.order(order("pn_1", number, null)));

        exchange.release(firstSale);

        assertThat(exchange.offer(number)).isPresent();
        assertThat(search(exchange, Country.US, NumberType.LOCAL, 20)).extracting(NumberOffer::number).contains(number);
        String secondSale = carrierReference(exchange.order(order("pn_2", number, null)));
        assertThat(secondSale).isNotEqualTo(firstSale).matches(CARRIER_REFERENCE);
        assertThat(exchange.lookUp(order("pn_2", number, null))).isEqualTo(new OrderOutcome.Completed(secondSale));
        assertThat(exchange.lookUp(order("pn_1", number, null))).isEqualTo(new OrderOutcome.Unknown());
    }

    @Test
    void releasingAnOldSaleAgainLeavesTheNewOneAlone() {
        SandboxExchange exchange = exchange(0);
        E164Number number = first(Country.US, NumberType.LOCAL);
        String firstSale = carrierReference(exchange.order(order("pn_1", number, null)));
        exchange.release(firstSale);
        String secondSale = carrierReference(exchange.order(order("pn_2", number, null)));

        exchange.release(firstSale);

        assertThat(exchange.lookUp(order("pn_2", number, null))).isEqualTo(new OrderOutcome.Completed(secondSale));
        assertThat(exchange.offer(number)).isEmpty();
    }

    @Test
    void releasingANumberItDoesNotKnowIsNoError() {
        SandboxExchange exchange = exchange(0);

        exchange.release("SB00000000000000000000000000000000");
        exchange.release(null);

        assertThat(orders.size()).isZero();
    }

    @Test
    void releasingTwiceIsNoError() {
        SandboxExchange exchange = exchange(0);
        NumberOrder order = order("pn_1", first(Country.US, NumberType.LOCAL), null);
        String sale = carrierReference(exchange.order(order));
        exchange.release(sale);

        exchange.release(sale);

        assertThat(exchange.offer(order.number())).isPresent();
    }

    @Test
    void neverFailsAtAFailureRateOfZero() {
        SandboxExchange exchange = exchange(0);
        chance = 0;
        List<NumberOffer> offers = search(exchange, Country.US, NumberType.LOCAL, 10);

        for (int i = 0; i < offers.size(); i++) {
            assertThat(exchange.order(order("pn_" + i, offers.get(i).number(), null)))
                    .isInstanceOf(OrderOutcome.Completed.class);
        }
    }

    @Test
    void alwaysFailsAtAFailureRateOfOneForAReasonAPersonCanActOn() {
        SandboxExchange exchange = exchange(1);
        List<NumberOffer> offers = search(exchange, Country.DE, NumberType.MOBILE, 8);
        List<String> reasons = new ArrayList<>();

        for (int i = 0; i < offers.size(); i++) {
            chance = i / 8.0;
            OrderOutcome outcome = exchange.order(order("pn_" + i, offers.get(i).number(), munich()));
            assertThat(outcome).isInstanceOf(OrderOutcome.Failed.class);
            reasons.add(((OrderOutcome.Failed) outcome).reason());
        }

        assertThat(reasons).allSatisfy(reason -> assertThat(reason).matches(".{40,}[.]$"))
                .anySatisfy(reason -> assertThat(reason).contains("pn_"))
                .anySatisfy(reason -> assertThat(reason).contains("proof of address"));
        assertThat(reasons.stream().map(reason -> reason.replaceAll("pn_\\d+", "pn_")).distinct()).hasSize(4);
    }

    @Test
    void failsTheShareOfOrdersTheFailureRateSays() {
        SandboxExchange exchange = exchange(0.25);
        List<NumberOffer> offers = search(exchange, Country.US, NumberType.TOLL_FREE, 2);

        chance = 0.2;
        OrderOutcome unlucky = exchange.order(order("pn_1", offers.get(0).number(), null));
        chance = 0.3;
        OrderOutcome lucky = exchange.order(order("pn_2", offers.get(1).number(), null));

        assertThat(unlucky).isInstanceOf(OrderOutcome.Failed.class);
        assertThat(lucky).isInstanceOf(OrderOutcome.Completed.class);
    }

    @Test
    void offersANumberAgainOnceItsOrderFailed() {
        SandboxExchange exchange = exchange(1);
        E164Number number = first(Country.US, NumberType.LOCAL);
        whileFilling.add(() -> assertThat(exchange.offer(number)).isEmpty());

        exchange.order(order("pn_1", number, null));

        assertThat(exchange.offer(number)).isPresent();
    }

    @Test
    void sellsANumberWhoseOrderFailedToSomeoneElse() {
        SandboxExchange failing = exchange(1);
        E164Number number = first(Country.US, NumberType.LOCAL);
        failing.order(order("pn_1", number, null));

        OrderOutcome outcome = exchange(0).order(order("pn_2", number, null));

        assertThat(outcome).isInstanceOf(OrderOutcome.Completed.class);
        assertThat(orders.size()).isEqualTo(1);
    }

    @Test
    void sellsABerlinNumberOnlyWithABerlinAddress() {
        SandboxExchange exchange = exchange(0);
        E164Number number = firstIn(exchange, Country.DE, "30");

        assertRefused(() -> exchange.order(order("pn_1", number, null)), CarrierRefusal.Reason.ADDRESS_REQUIRED,
                "needs an address in Berlin, Germany");
        assertRefused(() -> exchange.order(order("pn_1", number, munich())), CarrierRefusal.Reason.ADDRESS_REQUIRED,
                "needs an address in Berlin, Germany, the number's local network area; the address given is in München, DE");
        assertRefused(() -> exchange.order(order("pn_1", number, address("Berlin", "AT"))),
                CarrierRefusal.Reason.ADDRESS_REQUIRED, "needs an address in Berlin");
        assertThat(orders.size()).isZero();
        assertThat(exchange.order(order("pn_1", number, berlin()))).isInstanceOf(OrderOutcome.Completed.class);
    }

    @Test
    void readsTheCityOfAnAddressAsPeopleWriteIt() {
        SandboxExchange exchange = exchange(0);

        assertThat(exchange.order(order("pn_1", firstIn(exchange, Country.DE, "89"), address("MUENCHEN", "de"))))
                .isInstanceOf(OrderOutcome.Completed.class);
        assertThat(exchange.order(order("pn_2", firstIn(exchange, Country.AT, "1"), address("Vienna", "AT"))))
                .isInstanceOf(OrderOutcome.Completed.class);
        assertThat(exchange.order(order("pn_3", firstIn(exchange, Country.CH, "44"), address("Zurich", "CH"))))
                .isInstanceOf(OrderOutcome.Completed.class);
    }

    @Test
    void sellsAViennaNumberOnlyWithAViennaAddress() {
        SandboxExchange exchange = exchange(0);
        E164Number number = firstIn(exchange, Country.AT, "1");

        assertRefused(() -> exchange.order(order("pn_1", number, null)), CarrierRefusal.Reason.ADDRESS_REQUIRED,
                "needs an address in Wien, Austria");
        assertRefused(() -> exchange.order(order("pn_1", number, address("Graz", "AT"))),
                CarrierRefusal.Reason.ADDRESS_REQUIRED, "needs an address in Wien");
        assertThat(exchange.order(order("pn_1", number, address("Wien", "AT"))))
                .isInstanceOf(OrderOutcome.Completed.class);
    }

    @Test
    void sellsAGenevaNumberOnlyWithAGenevaAddress() {
        SandboxExchange exchange = exchange(0);
        E164Number number = firstIn(exchange, Country.CH, "22");

        assertRefused(() -> exchange.order(order("pn_1", number, address("Lausanne", "CH"))),
                CarrierRefusal.Reason.ADDRESS_REQUIRED, "needs an address in Genève, Switzerland");
        assertThat(exchange.order(order("pn_1", number, geneva()))).isInstanceOf(OrderOutcome.Completed.class);
    }

    @Test
    void sellsAGermanMobileNumberOnlyWithAnAddressInGermany() {
        SandboxExchange exchange = exchange(0);
        E164Number number = first(Country.DE, NumberType.MOBILE);

        assertRefused(() -> exchange.order(order("pn_1", number, null)), CarrierRefusal.Reason.ADDRESS_REQUIRED,
                number + " needs an address in Germany");
        assertRefused(() -> exchange.order(order("pn_1", number, address("Wien", "AT"))),
                CarrierRefusal.Reason.ADDRESS_REQUIRED, "needs an address in Germany; the address given is in Wien, AT");
        assertThat(exchange.order(order("pn_1", number, address("Leipzig", "DE"))))
                .isInstanceOf(OrderOutcome.Completed.class);
    }

    @Test
    void sellsNumbersThatNeedNoAddressWithoutOne() {
        SandboxExchange exchange = exchange(0);

        assertThat(exchange.order(order("pn_1", first(Country.AT, NumberType.MOBILE), null)))
                .isInstanceOf(OrderOutcome.Completed.class);
        assertThat(exchange.order(order("pn_2", first(Country.US, NumberType.LOCAL), null)))
                .isInstanceOf(OrderOutcome.Completed.class);
        assertThat(exchange.order(order("pn_3", first(Country.AE, NumberType.LOCAL), null)))
                .isInstanceOf(OrderOutcome.Completed.class);
    }

    @Test
    void refusesANumberSomeoneElseTookInTheMeantime() {
        E164Number number = first(Country.US, NumberType.LOCAL);
        SandboxOrders racing = new InMemorySandboxOrders() {
            @Override
            public void add(SandboxOrder order) {
                super.add(SandboxOrder.placed(number, "pn_other", "SB" + "0".repeat(32), null, time.instant(),
                        time.instant()));
                super.add(order);
            }
        };
        SandboxExchange exchange = new SandboxExchange(inventory, racing, new SandboxSettings(LATENCY, 0), time, time,
                () -> chance);

        assertRefused(() -> exchange.order(order("pn_1", number, null)), CarrierRefusal.Reason.NUMBER_NOT_AVAILABLE,
                "no longer available");
    }

    @Test
    void answersTheFirstOfTwoOrdersWithTheSameReferenceRacingEachOther() {
        E164Number number = first(Country.US, NumberType.LOCAL);
        String first = "SB" + "1".repeat(32);
        SandboxOrders racing = new InMemorySandboxOrders() {
            @Override
            public void add(SandboxOrder order) {
                super.add(SandboxOrder.placed(number, "pn_1", first, null, time.instant(), time.instant()));
                super.add(order);
            }
        };
        SandboxExchange exchange = new SandboxExchange(inventory, racing, new SandboxSettings(LATENCY, 0), time, time,
                () -> chance);

        assertThat(exchange.order(order("pn_1", number, null))).isEqualTo(new OrderOutcome.Completed(first));
    }

    @Test
    void givesUpWaitingWhenInterruptedAndKeepsTheOrder() {
        SandboxExchange exchange = new SandboxExchange(inventory, orders, new SandboxSettings(LATENCY, 0), time,
                pause -> {
                    throw new InterruptedException();
                }, () -> chance);
        NumberOrder order = order("pn_1", first(Country.US, NumberType.LOCAL), null);

        assertThatThrownBy(() -> exchange.order(order)).isInstanceOf(CarrierUnavailable.class)
                .hasMessageContaining("look it up later");
        assertThat(Thread.interrupted()).isTrue();
        assertThat(exchange.lookUp(order)).isInstanceOf(OrderOutcome.Pending.class);
    }

    @Test
    void refusesSettingsOutOfRange() {
        assertThatThrownBy(() -> new SandboxSettings(LATENCY, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numbers.sandbox.failure-rate");
        assertThatThrownBy(() -> new SandboxSettings(LATENCY, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SandboxSettings(Duration.ofSeconds(-1), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numbers.sandbox.latency");
    }

    private SandboxExchange exchange(double failureRate) {
        return new SandboxExchange(inventory, orders, new SandboxSettings(LATENCY, failureRate), time, pause -> {
            List.copyOf(whileFilling).forEach(Runnable::run);
            if (interruptWhileFilling) {
                interruptWhileFilling = false;
                throw new InterruptedException();
            }
            time.sleep(pause);
        }, () -> chance);
    }

    private E164Number first(Country country, NumberType type) {
        return search(exchange(0), country, type, 1).get(0).number();
    }

    private static E164Number firstIn(SandboxExchange exchange, Country country, String areaCode) {
        return exchange.search(new NumberSearch(country, NumberType.LOCAL, areaCode, null, null, null, 1)).get(0)
                .number();
    }

    private static List<NumberOffer> search(SandboxExchange exchange, Country country, NumberType type, int limit) {
        return exchange.search(new NumberSearch(country, type, null, null, null, null, limit));
    }

    private static NumberOrder order(String reference, E164Number number, CarrierAddress address) {
        return new NumberOrder(reference, number, number.numberType(), address);
    }

    private static String carrierReference(OrderOutcome outcome) {
        return ((OrderOutcome.Completed) outcome).carrierReference();
    }

    private static void assertRefused(ThrowingCallable order, CarrierRefusal.Reason reason, String message) {
        assertThatThrownBy(order).isInstanceOfSatisfying(CarrierRefusal.class, refusal -> {
            assertThat(refusal.reason()).isEqualTo(reason);
            assertThat(refusal.getMessage()).contains(message);
        });
    }

    private static CarrierAddress berlin() {
        return address("Berlin", "DE");
    }

    private static CarrierAddress munich() {
        return address("München", "DE");
    }

    private static CarrierAddress geneva() {
        return address("Genève", "CH");
    }

    private static CarrierAddress zurichAddressFor(NumberOffer offer) {
        return address(offer.locality(), "CH");
    }

    private static CarrierAddress address(String city, String countryCode) {
        return new CarrierAddress("ad_1", "Erika Mustermann", "Hauptstrasse 1", city, "1000", null, countryCode);
    }
}
