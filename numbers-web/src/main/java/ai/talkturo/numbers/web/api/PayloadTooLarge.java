package ai.talkturo.numbers.web.api;

/** A request body larger than the API takes. */
public final class PayloadTooLarge extends RuntimeException {

    public PayloadTooLarge(String detail) {
        super(detail);
    }
}
