package ai.talkturo.numbers.web.api;

import java.util.List;

/** A request body or parameter that is malformed or breaks a rule of its fields. */
public final class InvalidRequest extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequest(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public InvalidRequest(String field, String message) {
        this(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
