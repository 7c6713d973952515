package ai.talkturo.numbers.domain;

/**
 * No such resource (a number, an assistant, a call, a campaign, …) in the caller's account. Another account's
 * resource is not found either, so that ids cannot be probed.
 */
public final class NotFound extends DomainException {

    private final String kind;
    private final String id;

    public NotFound(String kind, String id) {
        super("no " + kind + " " + id);
        this.kind = kind;
        this.id = id;
    }

    /** What was looked for, in the product's words: {@code "phone number"}, {@code "campaign"}. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
