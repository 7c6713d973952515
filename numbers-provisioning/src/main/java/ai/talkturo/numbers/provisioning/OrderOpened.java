package ai.talkturo.numbers.provisioning;

/** A purchase was stored as {@code purchasing}; its carrier order can be placed once the transaction commits. */
public record OrderOpened(String phoneNumberId) {
}
