package ai.talkturo.numbers.web.security;

/** A carrier webhook whose signature does not verify: answered 403, and nothing in it is acted on. */
public final class SignatureRefused extends RuntimeException {

    public SignatureRefused(String detail) {
        super(detail);
    }
}
