package ai.talkturo.numbers.domain.number;

import ai.talkturo.numbers.domain.DomainException;

/** Refuses to assign, or call out through, a number that is not active. */
public final class NumberNotActive extends DomainException {

    private final String phoneNumberId;
    private final E164Number phoneNumber;
    private final NumberStatus status;

    public NumberNotActive(PhoneNumber phoneNumber) {
        super(phoneNumber.number() + " is " + phoneNumber.status().apiName() + ", and only an active number can be used");
        this.phoneNumberId = phoneNumber.id();
        this.phoneNumber = phoneNumber.number();
        this.status = phoneNumber.status();
    }

    public String phoneNumberId() {
        return phoneNumberId;
    }

    public E164Number phoneNumber() {
        return phoneNumber;
    }

    public NumberStatus status() {
        return status;
    }
}
