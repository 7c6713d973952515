package ai.talkturo.numbers.web.security;

/** A request to {@code /api} without a valid key. */
public final class Unauthenticated extends RuntimeException {

    public Unauthenticated(String message) {
        super(message);
    }
}
