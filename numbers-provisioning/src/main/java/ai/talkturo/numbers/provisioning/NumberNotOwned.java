package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.DomainException;

/** The customer's carrier account does not hold the number they asked to bring in (or did not let us look). */
public final class NumberNotOwned extends DomainException {

    public NumberNotOwned(String message) {
        super(message);
    }
}
