package ai.talkturo.numbers.provisioning;

/** The carrier no longer offers the number, or someone else holds it. */
public final class NumberNotAvailable extends RuntimeException {

    public NumberNotAvailable(String message) {
        super(message);
    }
}
