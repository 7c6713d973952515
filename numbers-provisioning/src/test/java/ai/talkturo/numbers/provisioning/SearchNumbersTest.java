package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.port.NumberOffer;
import ai.talkturo.numbers.provisioning.port.NumberSearch;
import org.junit.jupiter.api.Test;

class SearchNumbersTest {

    private final Provisioning provisioning = new Provisioning();

    @Test
    void aNumberSomeAccountHoldsIsNeverOfferedEvenWhileTheCarrierStillOffersIt() {
        E164Number held = provisioning.offered("+14155550101");
        E164Number free = provisioning.offered("+14155550102");
        provisioning.buy(provisioning.account(Plan.STARTER), held);

        SearchNumbers.Found found = provisioning.searchNumbers.search(
                new NumberSearch(Country.US, NumberType.LOCAL, null, null, null, null, 10));

        assertThat(found.provider()).isEqualTo(OfferingCarrier.NAME);
        assertThat(found.offers()).extracting(NumberOffer::number).containsExactly(free);
        assertThat(provisioning.carrier.search(null)).extracting(NumberOffer::number).contains(held);
    }
}
