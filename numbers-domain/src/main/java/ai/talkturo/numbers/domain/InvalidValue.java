package ai.talkturo.numbers.domain;

/**
 * A value the product does not take, as given by whoever asked (a blank name, an unknown country code): the
 * caller's mistake, answered as such. Any other {@link IllegalArgumentException} is a fault of ours.
 */
public class InvalidValue extends IllegalArgumentException {

    public InvalidValue(String message) {
        super(message);
    }

    public InvalidValue(String message, Throwable cause) {
        super(message, cause);
    }
}
