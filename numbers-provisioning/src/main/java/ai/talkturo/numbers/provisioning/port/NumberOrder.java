package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;

/**
 * An order for one number. {@code reference} is the product's id of the number ({@code pn_…}); adapters pass it
 * to the carrier where the carrier keeps one (Telnyx {@code customer_reference}, Twilio {@code FriendlyName}) so
 * that a lost answer can be found again. {@code address} is null when the number needs none; {@code compliance} is
 * the carrier's ids of the compliance profile the order is covered by (a Twilio bundle and its address, a Telnyx
 * requirement group), null when the number needs none.
 */
public record NumberOrder(String reference, E164Number number, NumberType type, CarrierAddress address,
                          CarrierReferences compliance) {

    public NumberOrder(String reference, E164Number number, NumberType type, CarrierAddress address) {
        this(reference, number, type, address, null);
    }
}
