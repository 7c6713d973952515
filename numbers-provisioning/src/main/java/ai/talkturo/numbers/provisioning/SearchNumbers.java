package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * A customer looks for numbers to buy at the carrier new numbers come from. A number some account holds in Numbers
 * (being bought, say, before the carrier has heard of it) is never offered.
 */
@ApplicationScoped
public class SearchNumbers {

    public record Found(String provider, List<NumberOffer> offers) {
    }

    @Inject
    Carriers carriers;
    @Inject
    PhoneNumbers phoneNumbers;

    public Found search(NumberSearch search) {
        Carrier carrier = carriers.current();
        List<NumberOffer> offers = carrier.search(search);
        Set<E164Number> held = phoneNumbers.held(offers.stream().map(NumberOffer::number).toList());
        return new Found(carrier.name(), offers.stream().filter(offer -> !held.contains(offer.number())).toList());
    }
}
