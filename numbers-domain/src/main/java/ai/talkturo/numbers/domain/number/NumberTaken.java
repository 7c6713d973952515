package ai.talkturo.numbers.domain.number;

import ai.talkturo.numbers.domain.DomainException;

/** Another holding of the same E.164 number is purchasing, active or suspended: one number has one holder. */
public final class NumberTaken extends DomainException {

    public NumberTaken(E164Number number) {
        super(number + " is held by someone else");
    }
}
