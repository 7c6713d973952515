package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxCarrierTest {

    private final InMemorySandboxOrders orders = new InMemorySandboxOrders();

    @Test
    void isTheCarrierNamedSandbox() {
        assertThat(carrier(Duration.ZERO, 0).name()).isEqualTo("sandbox");
    }

    @Test
    void sellsWhatItFindsAndReleasesIt() {
        SandboxCarrier carrier = carrier(Duration.ZERO, 0);
        NumberOffer offer = carrier.search(new NumberSearch(Country.US, NumberType.LOCAL, "512", null, null, null, 1))
                .get(0);
        NumberOrder order = new NumberOrder("pn_1", offer.number(), offer.type(), null);

        OrderOutcome outcome = carrier.order(order);

        assertThat(outcome).isInstanceOf(OrderOutcome.Completed.class).isEqualTo(carrier.lookUp(order));
        assertThat(carrier.offer(offer.number())).isEmpty();
        carrier.release(((OrderOutcome.Completed) outcome).carrierReference());
        assertThat(carrier.offer(offer.number())).contains(offer);
    }

    @Test
    void blocksTheOrderingThreadForTheLatency() {
        SandboxCarrier carrier = carrier(Duration.ofMillis(50), 0);
        NumberOffer offer = carrier.search(new NumberSearch(Country.CA, NumberType.LOCAL, null, null, null, null, 1))
                .get(0);
        long started = System.nanoTime();

        carrier.order(new NumberOrder("pn_1", offer.number(), offer.type(), null));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }

    @Test
    void failsEveryOrderAtAFailureRateOfOne() {
        SandboxCarrier carrier = carrier(Duration.ZERO, 1);
        NumberOffer offer = carrier.search(new NumberSearch(Country.AE, NumberType.MOBILE, null, null, null, null, 1))
                .get(0);

        assertThat(carrier.order(new NumberOrder("pn_1", offer.number(), offer.type(), null)))
                .isInstanceOf(OrderOutcome.Failed.class);
    }

    @Test
    void refusesToStartWithAFailureRateAboveOne() {
        assertThatThrownBy(() -> carrier(Duration.ZERO, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numbers.sandbox.failure-rate");
    }

    private SandboxCarrier carrier(Duration latency, double failureRate) {
        SandboxCarrier carrier = new SandboxCarrier();
        carrier.orders = orders;
        carrier.clock = Clock.systemUTC();
        carrier.latency = latency;
        carrier.failureRate = failureRate;
        carrier.reviewDelay = Duration.ofSeconds(10);
        carrier.open();
        return carrier;
    }
}
