package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.DomainException;

/** The number needs an address (in its country, or in its locality) that the purchase did not name. */
public final class AddressRequired extends DomainException {

    public AddressRequired(String message) {
        super(message);
    }
}
