package ai.talkturo.numbers.web.api;

/** A retry arrived while the first request with its Idempotency-Key is still being answered. */
public final class IdempotentRequestInProgress extends RuntimeException {

    public IdempotentRequestInProgress(String message) {
        super(message);
    }
}
