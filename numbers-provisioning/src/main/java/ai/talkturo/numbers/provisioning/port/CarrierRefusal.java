package ai.talkturo.numbers.provisioning.port;

/**
 * The carrier refused an order for a reason the customer must act on. {@link Reason#ADDRESS_REQUIRED}: an address
 * in the number's locality is needed (Twilio 21631); {@link Reason#NUMBER_NOT_AVAILABLE}: the number is no longer
 * offered or someone else holds it; {@link Reason#REGULATORY}: a regulatory bundle or identity document is needed
 * (Twilio 21649, 21650).
 */
public final class CarrierRefusal extends RuntimeException {

    public enum Reason { ADDRESS_REQUIRED, NUMBER_NOT_AVAILABLE, REGULATORY }

    private final Reason reason;

    public CarrierRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
