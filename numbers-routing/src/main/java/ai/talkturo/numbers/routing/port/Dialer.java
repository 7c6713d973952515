package ai.talkturo.numbers.routing.port;

/** Places outbound calls through the carrier a number was bought from. */
public interface Dialer {

    /** The carrier the number was bought from, such as {@code sandbox}: its calls go through that carrier. */
    String carrierOf(String phoneNumberId);

    /**
     * Asks the carrier once to place the call; never repeats it.
     *
     * @return the carrier's id for the call and its first status, or the carrier's refusal
     * @throws DialFailed when the carrier could not be asked, or its answer was lost
     */
    Dialled dial(DialRequest request);
}
