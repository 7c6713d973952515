package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.domain.number.Price;
import java.util.List;

/** A number a carrier offers: where it rings, what it costs in USD, what it can do and what buying it needs. */
public record NumberOffer(E164Number number, NumberType type, String locality, String region, Price price,
                          List<String> features, AddressRequirement addressRequirement) {

    public NumberOffer {
        features = List.copyOf(features);
    }
}
