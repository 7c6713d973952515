package ai.talkturo.numbers.provisioning;

/** The number needs an address (in its country, or in its locality) that the purchase did not name. */
public final class AddressRequired extends RuntimeException {

    public AddressRequired(String message) {
        super(message);
    }
}
