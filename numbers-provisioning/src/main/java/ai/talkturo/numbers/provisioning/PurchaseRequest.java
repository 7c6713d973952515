package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.number.E164Number;

/**
 * What a customer asks to buy: the number, and optionally the assistant it goes to, the address it needs and the
 * compliance profile that covers it (whose address is taken when no other is named).
 */
public record PurchaseRequest(E164Number number, String assistantId, String addressId, String complianceProfileId) {

    public PurchaseRequest(E164Number number, String assistantId, String addressId) {
        this(number, assistantId, addressId, null);
    }
}
