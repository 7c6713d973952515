package ai.talkturo.numbers.provisioning.port;

/** The carrier failed, timed out or kept refusing for load; nothing is known to have happened. */
public final class CarrierUnavailable extends RuntimeException {

    public CarrierUnavailable(String message) {
        super(message);
    }

    public CarrierUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
