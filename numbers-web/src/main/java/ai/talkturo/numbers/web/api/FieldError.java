package ai.talkturo.numbers.web.api;

/** One thing wrong with one field of a request. */
public record FieldError(String field, String message) {
}
