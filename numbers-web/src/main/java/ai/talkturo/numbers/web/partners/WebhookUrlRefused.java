package ai.talkturo.numbers.web.partners;

/** A webhook URL that events may not be sent to; the message says why, in a partner's words. */
public final class WebhookUrlRefused extends RuntimeException {

    public WebhookUrlRefused(String reason) {
        super("events cannot be sent there: " + reason);
    }
}
