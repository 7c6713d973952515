package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberOrder;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import ai.talkturo.numbers.provisioning.port.ProfileForReview;
import ai.talkturo.numbers.provisioning.port.ReviewOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Twilio as the product's carrier: Numbers' own account ({@code numbers.twilio.account-sid} and
 * {@code …auth-token}) reached through {@link TwilioConnection}, with fault tolerance around {@link TwilioNumbers},
 * which speaks the wire format.
 *
 * <p>Every call has a timeout and a circuit breaker; the idempotent ones (search, offer, look-up, release, the
 * review's outcome) are retried when Twilio failed, never the order, which buys a number, nor the submission of a
 * compliance profile, which creates a bundle and its objects. When the circuit is open or the time is up,
 * callers see {@link CarrierUnavailable}, except for an order cut short, whose purchase may have gone through: it is
 * {@link OrderOutcome.Pending}, and reconciliation asks Twilio later. The limits can be changed without a build
 * through MicroProfile Fault Tolerance's configuration, for example
 * {@code ai.talkturo.numbers.provisioning.adapter.carrier.twilio.TwilioCarrier/order/Timeout/value=60000}.
 */
@ApplicationScoped
class TwilioCarrier implements Carrier {

    @Inject
    TwilioConnection connection;
    @Inject
    @ConfigProperty(name = "numbers.twilio.account-sid")
    Optional<String> accountSid;
    @Inject
    @ConfigProperty(name = "numbers.twilio.auth-token")
    Optional<String> authToken;

    private TwilioNumbers numbers;

    @Override
    public String name() {
        return TwilioNumbers.NAME;
    }

    @Override
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = {CarrierRefusal.class, IllegalArgumentException.class})
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = {CarrierUnavailable.class, TimeoutException.class})
    @Fallback(fallbackMethod = "searchUnavailable", applyOn = FaultToleranceException.class)
    public List<NumberOffer> search(NumberSearch search) {
        return numbers().search(search);
    }

    @Override
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = {CarrierRefusal.class, IllegalArgumentException.class})
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = {CarrierUnavailable.class, TimeoutException.class})
    @Fallback(fallbackMethod = "offerUnavailable", applyOn = FaultToleranceException.class)
    public Optional<NumberOffer> offer(E164Number number) {
        return numbers().offer(number);
    }

    /** Never retried here: {@link TwilioNumbers#order} settles a lost answer itself, without a second purchase. */
    @Override
    @Timeout(value = 45, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = {CarrierRefusal.class, IllegalArgumentException.class})
    @Fallback(value = TwilioOrderFallback.class, applyOn = FaultToleranceException.class)
    public OrderOutcome order(NumberOrder order) {
        return numbers().order(order);
    }

    @Override
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = {CarrierRefusal.class, IllegalArgumentException.class})
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = {CarrierUnavailable.class, TimeoutException.class})
    @Fallback(fallbackMethod = "lookUpUnavailable", applyOn = FaultToleranceException.class)
    public OrderOutcome lookUp(NumberOrder order) {
        return numbers().lookUp(order);
    }

    @Override
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = {CarrierRefusal.class, IllegalArgumentException.class})
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = {CarrierUnavailable.class, TimeoutException.class})
    @Fallback(fallbackMethod = "releaseUnavailable", applyOn = FaultToleranceException.class)
    public void release(String carrierReference) {
        numbers().release(carrierReference);
    }

    /** Never retried: a call sent again is a second call. */
    @Override
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = {CarrierRefusal.class, IllegalArgumentException.class})
    @Fallback(fallbackMethod = "dialUnavailable", applyOn = FaultToleranceException.class)
    public PlacedCall dial(CallRequest request) {
        return numbers().dial(request);
    }

    PlacedCall dialUnavailable(CallRequest request) {
        throw new CarrierUnavailable("Twilio did not answer the call request in time (the call may ring anyway), or "
                + "failed too often to be asked now");
    }

    List<NumberOffer> searchUnavailable(NumberSearch search) {
        throw unavailable();
    }

    Optional<NumberOffer> offerUnavailable(E164Number number) {
        throw unavailable();
    }

    OrderOutcome lookUpUnavailable(NumberOrder order) {
        throw unavailable();
    }

    void releaseUnavailable(String carrierReference) {
        throw unavailable();
    }

    private static CarrierUnavailable unavailable() {
        return new CarrierUnavailable("Twilio did not answer in time, or failed too often to be asked now");
    }

    /** Built on first use, so that an application running on another carrier needs no Twilio credentials. */
    private synchronized TwilioNumbers numbers() {
        if (numbers == null) {
            String sid = accountSid.orElseThrow(() -> new IllegalStateException("numbers.twilio.account-sid is not set"));
            String token = authToken.orElseThrow(() -> new IllegalStateException("numbers.twilio.auth-token is not set"));
            numbers = connection.account(connection.settings(sid, token));
        }
        return numbers;
    }

    /**
     * Never retried: every request of a submission creates something at Twilio. Cut short, it may have left a draft
     * bundle there; the profile is submitted again from the start.
     */
    @Override
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = {CarrierRefusal.class, IllegalArgumentException.class})
    @Fallback(fallbackMethod = "submitForReviewUnavailable", applyOn = FaultToleranceException.class)
    public CarrierReferences submitForReview(ProfileForReview profile) {
        return numbers().submitForReview(profile);
    }

    @Override
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = {CarrierRefusal.class, IllegalArgumentException.class})
    @Retry(maxRetries = 2, delay = 500, jitter = 250, retryOn = {CarrierUnavailable.class, TimeoutException.class})
    @Fallback(fallbackMethod = "reviewOfUnavailable", applyOn = FaultToleranceException.class)
    public ReviewOutcome reviewOf(CarrierReferences profile) {
        return numbers().reviewOf(profile);
    }

    CarrierReferences submitForReviewUnavailable(ProfileForReview profile) {
        throw new CarrierUnavailable("Twilio did not take the compliance profile in time, or failed too often to be "
                + "asked now; submit it again (a bundle cut short stays a draft at Twilio)");
    }

    ReviewOutcome reviewOfUnavailable(CarrierReferences profile) {
        throw unavailable();
    }
}
