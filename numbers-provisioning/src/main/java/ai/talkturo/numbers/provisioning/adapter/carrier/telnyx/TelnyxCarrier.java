package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.campaign.VoicemailMode;
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
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * Telnyx as the product's {@link Carrier}: {@link TelnyxApi} configured from {@code numbers.telnyx.*}, with a
 * timeout and a circuit breaker on every call and retries only where a repeat cannot buy anything (search, offer,
 * look-up, release, review), never on {@link #order(NumberOrder)} nor on {@link #submitForReview(ProfileForReview)}.
 * What the fault tolerance itself throws (a timeout, an open circuit) reaches callers as {@link CarrierUnavailable},
 * except a timeout of an order, whose outcome is then unknown: it answers {@link OrderOutcome.Pending} without a
 * reference, to be reconciled by a later look-up.
 */
@ApplicationScoped
class TelnyxCarrier implements Carrier {

    /** Longer than one request and its rate-limit waits, so that the client's own timeouts answer first. */
    private static final long CALL_TIMEOUT_MILLIS = 15_000;
    /** An order is up to three requests: the look-up before, the order, and the look-up after a lost answer. */
    private static final long ORDER_TIMEOUT_MILLIS = 40_000;
    /** A submission is many requests: the requirements, one upload per document, the address and the group. */
    private static final long SUBMIT_TIMEOUT_MILLIS = 120_000;
    private static final String UNAVAILABLE = "Telnyx is failing or too slow; try again in a minute";

    @Inject
    TelnyxConnection connection;
    @Inject
    @ConfigProperty(name = "numbers.telnyx.api-key")
    Optional<String> apiKey;
    @Inject
    @ConfigProperty(name = "numbers.telnyx.connection-id")
    Optional<String> connectionId;

    private TelnyxApi api;

    @PostConstruct
    void connect() {
        api = apiKey.filter(key -> !key.isBlank())
                .map(key -> connection.account(key, connectionId.orElse(null)))
                .orElse(null);
    }

    @Override
    public String name() {
        return "telnyx";
    }

    @Override
    @Timeout(CALL_TIMEOUT_MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000, successThreshold = 2,
            failOn = {CarrierUnavailable.class, TimeoutException.class})
    @Retry(maxRetries = 2, delay = 300, jitter = 150, retryOn = {CarrierUnavailable.class, TimeoutException.class},
            abortOn = CarrierRefusal.class)
    @Fallback(fallbackMethod = "searchUnavailable", applyOn = FaultToleranceException.class)
    public List<NumberOffer> search(NumberSearch search) {
        return api().search(search);
    }

    @Override
    @Timeout(CALL_TIMEOUT_MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000, successThreshold = 2,
            failOn = {CarrierUnavailable.class, TimeoutException.class})
    @Retry(maxRetries = 2, delay = 300, jitter = 150, retryOn = {CarrierUnavailable.class, TimeoutException.class},
            abortOn = CarrierRefusal.class)
    @Fallback(fallbackMethod = "offerUnavailable", applyOn = FaultToleranceException.class)
    public Optional<NumberOffer> offer(E164Number number) {
        return api().offer(number);
    }

    @Override
    @Timeout(ORDER_TIMEOUT_MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000, successThreshold = 2,
            failOn = {CarrierUnavailable.class, TimeoutException.class})
    @Fallback(value = TelnyxOrderFallback.class, applyOn = FaultToleranceException.class)
    public OrderOutcome order(NumberOrder order) {
        return api().order(order);
    }

    @Override
    @Timeout(CALL_TIMEOUT_MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000, successThreshold = 2,
            failOn = {CarrierUnavailable.class, TimeoutException.class})
    @Retry(maxRetries = 2, delay = 300, jitter = 150, retryOn = {CarrierUnavailable.class, TimeoutException.class},
            abortOn = CarrierRefusal.class)
    @Fallback(fallbackMethod = "lookUpUnavailable", applyOn = FaultToleranceException.class)
    public OrderOutcome lookUp(NumberOrder order) {
        return api().lookUp(order);
    }

    @Override
    @Timeout(CALL_TIMEOUT_MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000, successThreshold = 2,
            failOn = {CarrierUnavailable.class, TimeoutException.class})
    @Retry(maxRetries = 2, delay = 300, jitter = 150, retryOn = {CarrierUnavailable.class, TimeoutException.class},
            abortOn = CarrierRefusal.class)
    @Fallback(fallbackMethod = "releaseUnavailable", applyOn = FaultToleranceException.class)
    public void release(String carrierReference) {
        api().release(carrierReference);
    }

    /** Never retried: a call sent again is a second call. Its events come to {@code /webhooks/telnyx/events}. */
    @Override
    @Timeout(CALL_TIMEOUT_MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000, successThreshold = 2,
            failOn = {CarrierUnavailable.class, TimeoutException.class})
    @Fallback(fallbackMethod = "dialUnavailable", applyOn = FaultToleranceException.class)
    public PlacedCall dial(CallRequest request) {
        String webhookUrl = connection.publicUrl("/webhooks/telnyx/events?callId="
                + URLEncoder.encode(request.reference(), StandardCharsets.UTF_8)
                + (request.voicemail() == VoicemailMode.HANG_UP ? "&" + CallRequest.HANG_UP_ON_MACHINES : ""));
        return api().dial(request, webhookUrl);
    }

    /** Telnyx's calls are hung up by a request of their own: its call events have no instructions to answer. */
    @Override
    @Timeout(CALL_TIMEOUT_MILLIS)
    @Retry(maxRetries = 2, delay = 300, jitter = 150, retryOn = {CarrierUnavailable.class, TimeoutException.class})
    public void hangUp(String carrierCallId) {
        api().hangUp(carrierCallId);
    }

    PlacedCall dialUnavailable(CallRequest request) {
        throw new CarrierUnavailable("Telnyx did not answer the call request in time (the call may ring anyway), or "
                + "is failing too often to be asked now");
    }

    List<NumberOffer> searchUnavailable(NumberSearch search) {
        throw new CarrierUnavailable(UNAVAILABLE);
    }

    Optional<NumberOffer> offerUnavailable(E164Number number) {
        throw new CarrierUnavailable(UNAVAILABLE);
    }

    OrderOutcome lookUpUnavailable(NumberOrder order) {
        throw new CarrierUnavailable(UNAVAILABLE);
    }

    void releaseUnavailable(String carrierReference) {
        throw new CarrierUnavailable(UNAVAILABLE);
    }

    private TelnyxApi api() {
        if (api == null) {
            throw new CarrierUnavailable("Telnyx is not configured: set numbers.telnyx.api-key");
        }
        return api;
    }

    /**
     * Never retried: a submission uploads documents and creates a requirement group, and one repeated would create
     * a second group. Its own look-up settles a lost answer to the group's creation.
     */
    @Override
    @Timeout(SUBMIT_TIMEOUT_MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000, successThreshold = 2,
            failOn = {CarrierUnavailable.class, TimeoutException.class})
    @Fallback(fallbackMethod = "submitUnavailable", applyOn = FaultToleranceException.class)
    public CarrierReferences submitForReview(ProfileForReview profile) {
        return api().submitForReview(profile);
    }

    @Override
    @Timeout(CALL_TIMEOUT_MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000, successThreshold = 2,
            failOn = {CarrierUnavailable.class, TimeoutException.class})
    @Retry(maxRetries = 2, delay = 300, jitter = 150, retryOn = {CarrierUnavailable.class, TimeoutException.class},
            abortOn = CarrierRefusal.class)
    @Fallback(fallbackMethod = "reviewUnavailable", applyOn = FaultToleranceException.class)
    public ReviewOutcome reviewOf(CarrierReferences profile) {
        return api().reviewOf(profile);
    }

    /** Telnyx sells a regulated number first and verifies its documents afterwards, keeping its calls off until then. */
    @Override
    public boolean sellsBeforeReview() {
        return true;
    }

    CarrierReferences submitUnavailable(ProfileForReview profile) {
        throw new CarrierUnavailable("Telnyx did not take compliance profile " + profile.profile().id() + " in time, "
                + "or is failing too often to be asked now; submit it again in a minute");
    }

    ReviewOutcome reviewUnavailable(CarrierReferences profile) {
        throw new CarrierUnavailable(UNAVAILABLE);
    }
}
