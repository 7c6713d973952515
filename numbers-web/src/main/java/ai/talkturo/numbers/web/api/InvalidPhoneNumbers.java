package ai.talkturo.numbers.web.api;

import java.util.List;

/** Several numbers of one request are not valid E.164 numbers; {@code errors} names each. */
public final class InvalidPhoneNumbers extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidPhoneNumbers(List<FieldError> errors) {
        super(errors.size() + " phone number(s) are not valid E.164 numbers, such as +14155552671; nothing was stored");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
