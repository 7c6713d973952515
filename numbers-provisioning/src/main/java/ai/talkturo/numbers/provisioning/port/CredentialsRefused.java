package ai.talkturo.numbers.provisioning.port;

/** The carrier does not accept the customer's credentials for their own account; the message says which carrier. */
public final class CredentialsRefused extends RuntimeException {

    public CredentialsRefused(String message) {
        super(message);
    }
}
