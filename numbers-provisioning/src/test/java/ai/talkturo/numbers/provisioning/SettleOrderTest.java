package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.assistant.Assistant;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.port.OrderOutcome;
import org.junit.jupiter.api.Test;

class SettleOrderTest {

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.STARTER);
    private final Assistant assistant = provisioning.assistant(account);

    @Test
    void aCompletedOrderMakesTheNumberActiveAndAssignsTheAssistantThePurchaseNamed() {
        PhoneNumber bought = provisioning.buy(account, provisioning.offered("+14155550101"), assistant.id());

        provisioning.fulfilOpenedOrders();

        PhoneNumber number = provisioning.stored(bought);
        assertThat(number.status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(number.assistantId()).isEqualTo(assistant.id());
        assertThat(number.carrierReference()).isEqualTo("CR-" + bought.id());
        assertThat(provisioning.orders.unsettled(bought.id())).isEmpty();
        assertThat(provisioning.changes.fired).extracting(NumberChanged::change).containsExactly(
                NumberChanged.Change.PURCHASE_STARTED, NumberChanged.Change.ACTIVATED, NumberChanged.Change.ASSIGNED);
    }

    @Test
    void anAssistantDeletedMeanwhileLeavesTheNumberActiveAndUnassigned() {
        PhoneNumber bought = provisioning.buy(account, provisioning.offered("+14155550101"), assistant.id());
        provisioning.assistants.remove(assistant);

        provisioning.fulfilOpenedOrders();

        assertThat(provisioning.stored(bought).status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(provisioning.stored(bought).assistantId()).isNull();
    }

    @Test
    void aRefusedOrderLeavesTheNumberInErrorWithTheCarriersReason() {
        PhoneNumber bought = provisioning.buy(account, provisioning.offered("+14155550101"));
        provisioning.carrier.refusing = "the number was sold to someone else a moment ago";

        provisioning.fulfilOpenedOrders();

        assertThat(provisioning.stored(bought).status()).isEqualTo(NumberStatus.ERROR);
        assertThat(provisioning.stored(bought).statusReason()).contains("sold to someone else");
        assertThat(provisioning.orders.unsettled(bought.id())).isEmpty();
    }

    @Test
    void anOrderStillRunningIsLookedUpAgainLaterAndItsClaimLetGo() {
        PhoneNumber bought = provisioning.buy(account, provisioning.offered("+14155550101"));
        provisioning.carrier.slow = true;

        provisioning.fulfilOpenedOrders();

        InMemoryPendingOrders.Row row = provisioning.orders.rows.get(bought.id());
        assertThat(provisioning.stored(bought).status()).isEqualTo(NumberStatus.PURCHASING);
        assertThat(row.carrierOrderReference).isEqualTo("ORD-" + bought.id());
        assertThat(row.checkAfter).isEqualTo(provisioning.clock.instant().plus(Provisioning.RECONCILE_AFTER));
        assertThat(row.claimedUntil).isNull();
    }

    @Test
    void newsOfANumberNoLongerBeingBoughtChangesNothing() {
        PhoneNumber bought = provisioning.buy(account, provisioning.offered("+14155550101"));
        provisioning.fulfilOpenedOrders();
        int changes = provisioning.changes.fired.size();

        provisioning.settleOrder.settle(bought.id(), new OrderOutcome.Failed("late news"));

        assertThat(provisioning.stored(bought).status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(provisioning.changes.fired).hasSize(changes);
    }
}
