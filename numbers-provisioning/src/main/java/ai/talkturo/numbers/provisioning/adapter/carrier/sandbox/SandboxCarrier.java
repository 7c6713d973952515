package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.call.CallProgress;
import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.compliance.ComplianceRequirements;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.adapter.carrier.Sleeper;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import ai.talkturo.numbers.provisioning.port.ProfileForReview;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The built-in carrier that needs no account: it sells plausible numbers of every supported country, remembers them
 * across restarts, and takes {@code numbers.sandbox.latency} to fill an order, failing a
 * {@code numbers.sandbox.failure-rate} share of them. {@link SandboxExchange} does the work. It places calls from
 * the numbers it sold too, simulated by {@link SandboxSwitchboard} (which says how the number called decides the
 * ending), and reports their progress as {@link CallProgress} events.
 */
@ApplicationScoped
class SandboxCarrier implements Carrier {

    @Inject
    SandboxOrders orders;
    @Inject
    SandboxCalls calls;
    @Inject
    Event<CallProgress> progress;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "numbers.sandbox.latency")
    Duration latency;
    @Inject
    @ConfigProperty(name = "numbers.sandbox.failure-rate")
    double failureRate;
    @Inject
    @ConfigProperty(name = "numbers.sandbox.review-delay")
    Duration reviewDelay;

    private SandboxExchange exchange;
    private SandboxSwitchboard switchboard;
    private SandboxReview review;

    @PostConstruct
    void open() {
        exchange = new SandboxExchange(new SandboxInventory(), orders, new SandboxSettings(latency, failureRate), clock,
                Sleeper.THREAD, () -> ThreadLocalRandom.current().nextDouble());
        review = new SandboxReview(reviewDelay, clock);
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

    /** A regulated number is sold, as at Twilio, only with a profile the sandbox's review approved. */
    @Override
    public OrderOutcome order(NumberOrder order) {
        Country country = order.number().supportedCountry();
        if (ComplianceRequirements.profileRequired(country, order.type()) && !review.approved(order.compliance())) {
            return new OrderOutcome.Failed(country.displayName() + " " + order.type().apiName() + " numbers are sold "
                    + "only with an approved compliance profile");
        }
        return exchange.order(order);
    }

    @Override
    public CarrierReferences submitForReview(ProfileForReview profile) {
        return review.submit(profile.profile());
    }

    @Override
    public ReviewOutcome reviewOf(CarrierReferences profile) {
        return review.outcome(profile);
    }

    @Override
    public OrderOutcome lookUp(NumberOrder order) {
        return exchange.lookUp(order);
    }

    @Override
    public void release(String carrierReference) {
        exchange.release(carrierReference);
    }

    @Override
    public PlacedCall dial(CallRequest request) {
        return switchboard().dial(request);
    }

    /** Places a call from a number of a customer's own sandbox account, which {@link SandboxCustomerAccounts} checked. */
    public PlacedCall dialFromCustomerAccount(CallRequest request) {
        return switchboard().place(request);
    }

    @Override
    public boolean playsCallsHere() {
        return true;
    }

    /** Reports the end of the calls whose end was due while the server was not running; answers how many. */
    @Override
    public int reportMissedCallProgress() {
        return switchboard().reportEndedCalls();
    }

    /** Built on first use, so that a sandbox that only sells numbers needs no scheduler. */
    private synchronized SandboxSwitchboard switchboard() {
        if (switchboard == null) {
            switchboard = new SandboxSwitchboard(calls, orders, new SandboxSettings(latency, failureRate), clock,
                    () -> ThreadLocalRandom.current().nextDouble(),
                    (task, delay) -> scheduler.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS),
                    report -> progress.fire(report));
        }
        return switchboard;
    }
}
