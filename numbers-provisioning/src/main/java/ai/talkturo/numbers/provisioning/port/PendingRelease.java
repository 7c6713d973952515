package ai.talkturo.numbers.provisioning.port;

/** A number released in Numbers whose carrier has not confirmed the release yet. */
public record PendingRelease(String phoneNumberId, String provider, String carrierReference, int attempts) {
}
