package ai.talkturo.numbers.routing.port;

/**
 * The carrier could not be asked to place a call, or its answer was lost; the message says which, in words a person
 * can act on. Never followed by a second try: the call may ring anyway.
 */
public final class DialFailed extends RuntimeException {

    public DialFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
