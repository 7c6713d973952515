package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.account.PlanLimitReached;
import ai.talkturo.numbers.domain.account.TrialNumberInUse;
import ai.talkturo.numbers.domain.number.AddressRequirement;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import org.junit.jupiter.api.Test;

class PurchaseNumberTest {

    private final Provisioning provisioning = new Provisioning();
    private final E164Number first = provisioning.offered("+14155550101");
    private final E164Number second = provisioning.offered("+14155550102");
    private final E164Number needsAddress = provisioning.offered("+14155550103", AddressRequirement.COUNTRY);
    private final E164Number notOffered = E164Number.of("+14155550199");

    @Test
    void anOfferedNumberIsWrittenDownAsPurchasingWithItsOrderAndAskedOfTheCarrierOnce() {
        Account account = provisioning.account(Plan.STARTER);

        PhoneNumber bought = provisioning.buy(account, first);

        assertThat(bought.status()).isEqualTo(NumberStatus.PURCHASING);
        assertThat(bought.provider()).isEqualTo(OfferingCarrier.NAME);
        assertThat(provisioning.phoneNumbers.holding(first)).contains(bought);
        assertThat(provisioning.orders.unsettled(bought.id())).isPresent();
        assertThat(provisioning.opened.fired).containsExactly(new OrderOpened(bought.id(), null, null));
        assertThat(provisioning.changes.fired).extracting(NumberChanged::change)
                .containsExactly(NumberChanged.Change.PURCHASE_STARTED);
        assertThat(provisioning.carrier.offersAsked).isEqualTo(1);
        assertThat(provisioning.accounts.locks).as("decided with the account locked").isEqualTo(1);
    }

    @Test
    void aPurchaseAskedForAgainIsAnsweredWithTheOneMadeBeforeAndNothingIsBookedTwice() {
        Account account = provisioning.account(Plan.STARTER);
        PhoneNumber bought = provisioning.buy(account, first);

        assertThat(provisioning.buy(account, first)).as("while the carrier still offers it").isEqualTo(bought);
        provisioning.fulfilOpenedOrders();
        assertThat(provisioning.buy(account, first)).as("once the carrier sold it").isEqualTo(bought);

        assertThat(provisioning.orders.rows).hasSize(1);
        assertThat(provisioning.carrier.orders).hasSize(1);
    }

    @Test
    void aFullPlanIsTheRefusalWhetherOrNotTheNumberIsOfferedOrNeedsAnAddress() {
        Account account = provisioning.account(Plan.FREE);
        provisioning.buy(account, first);

        assertThatThrownBy(() -> provisioning.buy(account, second)).isInstanceOf(TrialNumberInUse.class);
        assertThatThrownBy(() -> provisioning.buy(account, notOffered)).as("not offered")
                .isInstanceOf(TrialNumberInUse.class);
        assertThatThrownBy(() -> provisioning.buy(account, needsAddress)).as("needs an address")
                .isInstanceOf(TrialNumberInUse.class);
        assertThat(provisioning.phoneNumbers.ofAccount(account.id())).hasSize(1);
    }

    @Test
    void aNumberNotOfferedOrNeedingAnAddressIsRefusedForThatWhenThePlanHasRoom() {
        Account account = provisioning.account(Plan.STARTER);

        assertThatThrownBy(() -> provisioning.buy(account, notOffered)).isInstanceOf(NumberNotAvailable.class)
                .hasMessageContaining("is not offered by offering");
        assertThatThrownBy(() -> provisioning.buy(account, needsAddress)).isInstanceOf(AddressRequired.class)
                .hasMessageContaining("needs an address in");
        assertThat(provisioning.phoneNumbers.ofAccount(account.id())).isEmpty();
        assertThat(provisioning.orders.rows).isEmpty();
    }

    @Test
    void aNumberAnotherAccountIsBuyingIsRefusedAndTheirPurchaseStands() {
        Account theirs = provisioning.account(Plan.STARTER);
        Account ours = provisioning.account(Plan.STARTER);
        PhoneNumber bought = provisioning.buy(theirs, first);

        assertThatThrownBy(() -> provisioning.buy(ours, first)).isInstanceOf(NumberNotAvailable.class)
                .hasMessageContaining("being bought by someone else");
        assertThat(provisioning.phoneNumbers.holding(first)).contains(bought);
    }

    @Test
    void anUnknownAssistantIsRefusedBeforeTheCarrierIsAsked() {
        Account account = provisioning.account(Plan.STARTER);

        assertThatThrownBy(() -> provisioning.buy(account, first, "as_nobody")).isInstanceOf(NotFound.class);
        assertThat(provisioning.carrier.offersAsked).isZero();
    }

    @Test
    void aPaidPlanBuysUpToItsLimit() {
        Account account = provisioning.account(Plan.STARTER);
        for (int n = 0; n < 5; n++) {
            provisioning.buy(account, provisioning.offered("+1415555020" + n));
        }
        E164Number sixth = provisioning.offered("+14155550299");

        assertThatThrownBy(() -> provisioning.buy(account, sixth)).isInstanceOf(PlanLimitReached.class);
    }
}
