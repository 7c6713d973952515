package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.DomainException;

/** The carrier no longer offers the number, or someone else holds it. */
public final class NumberNotAvailable extends DomainException {

    public NumberNotAvailable(String message) {
        super(message);
    }
}
