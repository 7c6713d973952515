package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The built-in carrier that needs no account: it sells plausible numbers of every supported country, remembers them
 * across restarts, and takes {@code numbers.sandbox.latency} to fill an order, failing a
 * {@code numbers.sandbox.failure-rate} share of them. {@link SandboxExchange} does the work.
 */
@ApplicationScoped
public class SandboxCarrier implements Carrier {

    @Inject
    SandboxOrders orders;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.sandbox.latency", defaultValue = "PT1S")
    Duration latency;
    @Inject
    @ConfigProperty(name = "numbers.sandbox.failure-rate", defaultValue = "0")
    double failureRate;

    private SandboxExchange exchange;

    @PostConstruct
    void open() {
        exchange = new SandboxExchange(new SandboxInventory(), orders, new SandboxSettings(latency, failureRate), clock,
                Sleeper.THREAD, () -> ThreadLocalRandom.current().nextDouble());
    }

    @Override
    public String name() {
        return SandboxExchange.NAME;
    }

    @Override
    public List<NumberOffer> search(NumberSearch search) {
        return exchange.search(search);
    }

    @Override
    public Optional<NumberOffer> offer(E164Number number) {
        return exchange.offer(number);
    }

    @Override
    public OrderOutcome order(NumberOrder order) {
        return exchange.order(order);
    }

    @Override
    public OrderOutcome lookUp(NumberOrder order) {
        return exchange.lookUp(order);
    }

    @Override
    public void release(String carrierReference) {
        exchange.release(carrierReference);
    }
}
