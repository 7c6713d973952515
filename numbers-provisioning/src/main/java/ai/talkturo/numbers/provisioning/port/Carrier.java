package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.number.E164Number;
import java.util.List;
import java.util.Optional;

/**
 * A carrier that sells phone numbers and places calls from them. Implementations translate between the product's
 * words and the carrier's wire format; they never decide product rules (plans, trials), only report what the carrier
 * says.
 *
 * <p>Failures: {@link CarrierUnavailable} when the carrier cannot be reached or answers 5xx/timeouts after the
 * retries that are safe; {@link CarrierRefusal} when the carrier refuses for a reason a person must act on.
 */
public interface Carrier {

    /** The name stored as a number's {@code provider}: {@code sandbox}, {@code twilio} or {@code telnyx}. */
    String name();

    /** Numbers the carrier offers now, at most {@code search.limit()}. */
    List<NumberOffer> search(NumberSearch search);

    /**
     * The carrier's current offer of one number, or empty when it does not offer it (never did, or someone else
     * holds it now). Purchases take the type, locality and price from here, never from the customer.
     */
    Optional<NumberOffer> offer(E164Number number);

    /**
     * Places the order for one number. Never repeated blindly: a caller that lost the answer asks
     * {@link #lookUp(NumberOrder)} first.
     */
    OrderOutcome order(NumberOrder order);

    /**
     * What the carrier knows about an order placed earlier (after a lost answer or a restart): the account owns the
     * number ({@link OrderOutcome.Completed}), the order is still running ({@link OrderOutcome.Pending}), it failed
     * ({@link OrderOutcome.Failed}), or the carrier has no trace of it ({@link OrderOutcome.Unknown}).
     */
    OrderOutcome lookUp(NumberOrder order);

    /** Gives the number back to the carrier. Releasing a number the carrier no longer has is not an error. */
    void release(String carrierReference);

    /**
     * Places an outbound call from a number bought from this carrier. Never repeated blindly: carriers have no
     * idempotency key for calls. The carrier reports the call's progress afterwards (status callbacks, call events,
     * or the sandbox's {@link ai.talkturo.numbers.domain.call.CallProgress} events), naming the call by
     * {@code request.reference()} where it can.
     *
     * @return the carrier's id of the call and its first status, or a refusal with the carrier's reason
     * @throws CarrierUnavailable when the carrier could not be asked, or its answer was lost: the call may ring anyway
     */
    PlacedCall dial(CallRequest request);

    /**
     * Ends a call this carrier placed, at once: a campaign's call that a machine answered, where the campaign hangs up
     * on machines. Only a carrier whose calls have no instructions that could hang up themselves is asked (Telnyx's
     * calls stream straight to the assistant; Twilio's TwiML and the sandbox's calls end on their own).
     *
     * @throws CarrierUnavailable when the carrier could not be asked or failed
     */
    default void hangUp(String carrierCallId) {
        throw new UnsupportedOperationException("this carrier's calls hang up through their own instructions");
    }

    /**
     * Hands a complete compliance profile to the carrier for review and answers the carrier's ids of it, which name
     * it in {@link #reviewOf} and in every order it covers.
     *
     * @throws CarrierRefusal when the carrier finds something missing or wrong before it starts its review
     * @throws CarrierUnavailable when the carrier could not be asked
     */
    CarrierReferences submitForReview(ProfileForReview profile);

    /** What the carrier says now of a profile it was handed. */
    ReviewOutcome reviewOf(CarrierReferences profile);

    /**
     * Whether the carrier sells a regulated number before it has verified the documents, keeping the number from
     * working until then (Telnyx); otherwise it sells only with an approved profile (Twilio, the sandbox).
     */
    default boolean sellsBeforeReview() {
        return false;
    }

    /**
     * Whether the carrier plays its calls out inside this server (the sandbox), so that the progress of calls that
     * came due while the server was down is still to be reported; a real carrier retries its webhooks instead.
     */
    default boolean playsCallsHere() {
        return false;
    }

    /**
     * Reports the progress of calls that came due while the server was not running, for a carrier that
     * {@link #playsCallsHere()}; answers how many.
     */
    default int reportMissedCallProgress() {
        return 0;
    }
}
