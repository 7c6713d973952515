package ai.talkturo.numbers.web.api;

/** The same Idempotency-Key came with a different request. */
public final class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String message) {
        super(message);
    }
}
