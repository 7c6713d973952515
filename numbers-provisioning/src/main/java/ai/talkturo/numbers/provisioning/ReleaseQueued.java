package ai.talkturo.numbers.provisioning;

/** A number was released in Numbers; its carrier can be told once the transaction commits. */
public record ReleaseQueued(String phoneNumberId) {
}
