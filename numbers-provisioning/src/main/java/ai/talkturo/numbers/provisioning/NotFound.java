package ai.talkturo.numbers.provisioning;

/**
 * No such resource in the caller's account. Another account's resource is not found either, so that ids
 * cannot be probed.
 */
public final class NotFound extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFound(String kind, String id) {
        super("no " + kind + " " + id);
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
