package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import org.junit.jupiter.api.Test;

/** A call goes out through the carrier account that holds its number. */
class DialThroughCarrierTest {

    private static final E164Number CALLED = E164Number.of("+14155550199");

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.STARTER);

    @Test
    void aNumberBoughtHereCallsThroughNumbersOwnAccountAtItsCarrier() {
        PhoneNumber number = provisioning.active(account, "+14155550101");
        CallRequest request = new CallRequest("call_1", number.number(), CALLED, null);

        PlacedCall placed = provisioning.dialThroughCarrier.dial(number.id(), number.provider(), request);

        assertThat(placed.carrierCallId()).isEqualTo("CA-call_1");
        assertThat(provisioning.carrier.dialled).containsExactly(request);
        assertThat(provisioning.ownAccounts.dialled).isEmpty();
    }

    @Test
    void aNumberBroughtInCallsThroughTheCustomersOwnAccountWithTheirCredentials() {
        E164Number theirs = E164Number.of("+14155550150");
        provisioning.ownAccounts.holds("key-1", theirs, "https://agents.example/voice");
        PhoneNumber number = provisioning.importNumber.bringIn(account.id(), new ImportRequest(OwnCarrierAccounts.NAME,
                theirs, OwnCarrierAccounts.key("key-1"), null));
        CallRequest request = new CallRequest("call_2", theirs, CALLED, null);

        PlacedCall placed = provisioning.dialThroughCarrier.dial(number.id(), number.provider(), request);

        assertThat(placed.carrierCallId()).isEqualTo("OWN-CA-call_2");
        assertThat(provisioning.ownAccounts.dialled).containsEntry("key-1", request);
        assertThat(provisioning.carrier.dialled).isEmpty();
    }
}
