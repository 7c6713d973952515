package ai.talkturo.numbers.domain;

/**
 * A refusal of a rule of the product, such as buying a second trial number or assigning a number
 * that is not active. Every such refusal extends this class, so callers can tell them from faults.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
