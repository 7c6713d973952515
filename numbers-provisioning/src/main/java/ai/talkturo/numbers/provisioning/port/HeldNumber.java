package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import java.util.List;
import java.util.Objects;

/**
 * A number as the customer's own carrier account holds it: the carrier's id of it, its type and features, and its
 * voice settings there as the carrier adapter writes them down ({@code voiceSettings}, opaque to everything else),
 * so that they can be given back when the number leaves Numbers.
 */
public record HeldNumber(E164Number number, String carrierReference, NumberType type, List<String> features,
                         String voiceSettings) {

    public HeldNumber {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(carrierReference, "carrierReference");
        Objects.requireNonNull(type, "type");
        features = List.copyOf(features);
        Objects.requireNonNull(voiceSettings, "voiceSettings");
    }
}
