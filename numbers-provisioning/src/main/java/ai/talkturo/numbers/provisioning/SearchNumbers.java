package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.provisioning.port.Carrier;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A customer looks for numbers to buy at the carrier new numbers come from. */
@ApplicationScoped
public class SearchNumbers {

    public record Found(String provider, List<NumberOffer> offers) {
    }

    @Inject
    Carriers carriers;

    public Found search(NumberSearch search) {
        Carrier carrier = carriers.current();
        return new Found(carrier.name(), carrier.search(search));
    }
}
