package ai.talkturo.numbers.routing;

/**
 * No call, campaign or assistant with this id in the caller's account. Another account's resource is unknown too,
 * so that ids cannot be probed.
 */
public final class UnknownId extends RuntimeException {

    public UnknownId(String kind, String id) {
        super("no " + kind + " " + id);
    }
}
