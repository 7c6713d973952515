package ai.talkturo.numbers.domain.campaign;

import ai.talkturo.numbers.domain.DomainException;
import ai.talkturo.numbers.domain.number.E164Number;

/** A call to a number the account's do-not-call list has: it is not placed. */
public final class OnDoNotCallList extends DomainException {

    public OnDoNotCallList(E164Number number) {
        super(number.value() + " is on this account's do-not-call list; it is not called.");
    }
}
