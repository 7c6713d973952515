package ai.talkturo.numbers.domain.call;

import ai.talkturo.numbers.domain.DomainException;

/**
 * Refuses a caller ID asked for by name ({@code from}) that the assistant cannot call out with: it is not one of the
 * assistant's active numbers, or it is a number that only receives calls.
 */
public final class CallerIdNotActive extends DomainException {

    private final String phoneNumber;

    public CallerIdNotActive(String phoneNumber, String why) {
        super(phoneNumber + " cannot be the caller ID: " + why);
        this.phoneNumber = phoneNumber;
    }

    public String phoneNumber() {
        return phoneNumber;
    }
}
