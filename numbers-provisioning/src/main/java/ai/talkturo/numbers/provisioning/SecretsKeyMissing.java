package ai.talkturo.numbers.provisioning;

/** Carrier credentials cannot be kept: {@code numbers.secrets.key} is not set, or is not a key of 32 bytes. */
public final class SecretsKeyMissing extends RuntimeException {

    public SecretsKeyMissing(String message) {
        super(message);
    }
}
