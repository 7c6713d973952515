package ai.talkturo.numbers.domain.number;

import ai.talkturo.numbers.domain.DomainException;

/** Refuses text that is not a valid phone number in E.164 form. */
public final class InvalidPhoneNumber extends DomainException {

    private final String input;

    public InvalidPhoneNumber(String input) {
        super(input == null || input.isBlank()
                ? "a phone number is required"
                : "'" + input + "' is not a valid phone number in E.164 form, such as +14155552671");
        this.input = input;
    }

    /** The text that was refused, as given; may be {@code null}. */
    public String input() {
        return input;
    }
}
