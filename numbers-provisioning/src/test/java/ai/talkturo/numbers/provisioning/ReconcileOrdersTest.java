package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A number stuck in {@code purchasing} heals itself. */
class ReconcileOrdersTest {

    private final Provisioning provisioning = new Provisioning();
    private final PhoneNumber bought = provisioning.buy(provisioning.account(Plan.STARTER),
            provisioning.offered("+14155550101"));

    private void later() {
        provisioning.clock.advance(Provisioning.RECONCILE_AFTER.plus(Duration.ofSeconds(1)));
    }

    @Test
    void anOrderNeverPlacedIsPlacedOnceItIsDue() {
        assertThat(provisioning.reconcileOrders.reconcile()).as("not due yet").isZero();

        later();
        assertThat(provisioning.reconcileOrders.reconcile()).isEqualTo(1);

        assertThat(provisioning.stored(bought).status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(provisioning.carrier.orders).hasSize(1);
    }

    @Test
    void aPlacedOrderIsLookedUpNotPlacedAgain() {
        provisioning.carrier.slow = true;
        provisioning.fulfilOpenedOrders();
        provisioning.carrier.slow = false;

        later();
        provisioning.reconcileOrders.reconcile();

        assertThat(provisioning.stored(bought).status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(provisioning.carrier.orders).as("looked up, not bought twice").hasSize(1);
    }

    @Test
    void anOrderTheCarrierHasNoTraceOfIsPlacedAgainAtMostThreeTimesThenTheNumberIsInError() {
        provisioning.carrier.slow = true;
        provisioning.carrier.forgetful = true;
        provisioning.fulfilOpenedOrders();

        for (int round = 0; round < 5; round++) {
            later();
            provisioning.reconcileOrders.reconcile();
        }

        assertThat(provisioning.carrier.orders).hasSize(ReconcileOrders.ATTEMPTS);
        assertThat(provisioning.stored(bought).status()).isEqualTo(NumberStatus.ERROR);
        assertThat(provisioning.stored(bought).statusReason()).contains("no record of the order after 3 attempts");
        assertThat(provisioning.orders.unsettled(bought.id())).isEmpty();
    }
}
