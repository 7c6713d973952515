package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.number.E164Number;

/** What a customer asks to buy: the number, and optionally the assistant it goes to and the address it needs. */
public record PurchaseRequest(E164Number number, String assistantId, String addressId) {
}
