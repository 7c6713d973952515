package ai.talkturo.numbers.provisioning;

/**
 * A purchase was stored as {@code purchasing}; its carrier order can be placed once the transaction commits.
 *
 * @param addressId the address the order names for the carrier; {@code null} if none
 * @param complianceProfileId the compliance profile the order names; {@code null} if none
 */
public record OrderOpened(String phoneNumberId, String addressId, String complianceProfileId) {
}
