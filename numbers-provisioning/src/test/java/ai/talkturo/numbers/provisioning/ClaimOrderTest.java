package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClaimOrderTest {

    private final Provisioning provisioning = new Provisioning();
    private final Instant now = provisioning.clock.instant();
    private final PhoneNumber number = provisioning.buy(provisioning.account(Plan.STARTER),
            provisioning.offered("+14155550101"));
    private final OrderOpened opened = new OrderOpened(number.id(), "ad_1", null);
    private final InMemoryPendingOrders.Row row = provisioning.orders.rows.get(number.id());

    @Test
    void anOrderJustOpenedIsClaimedAndMarkedPlacedOnceWithTheAddressItNames() {
        var toPlace = provisioning.claimOrder.opened(opened);

        assertThat(toPlace).get().satisfies(claimed -> {
            assertThat(claimed.number()).isEqualTo(number);
            assertThat(claimed.addressId()).isEqualTo("ad_1");
        });
        assertThat(row.placedAt).isEqualTo(now);
        assertThat(row.attempts).isEqualTo(1);
        assertThat(row.claimedUntil).isEqualTo(now.plus(Provisioning.RECONCILE_AFTER));
        assertThat(provisioning.claimOrder.opened(opened)).as("a second worker").isEmpty();
        assertThat(row.attempts).isEqualTo(1);
    }

    @Test
    void anOrderPlacedBeforeIsLeftToReconciliation() {
        provisioning.orders.placed(number.id(), now.minus(Duration.ofMinutes(5)));

        assertThat(provisioning.claimOrder.opened(opened)).isEmpty();
        assertThat(row.claimedUntil).as("not claimed either").isNull();
    }

    @Test
    void anOrderWhoseNumberIsNoLongerBeingBoughtIsSettledAndNothingIsPlaced() {
        PhoneNumber failed = provisioning.stored(number);
        failed.fail("the carrier refused", provisioning.clock);
        provisioning.phoneNumbers.update(failed);

        assertThat(provisioning.claimOrder.opened(opened)).isEmpty();
        assertThat(provisioning.orders.unsettled(number.id())).isEmpty();
    }

    @Test
    void anOrderReconciliationClaimedIsMarkedPlacedAgain() {
        provisioning.orders.placed(number.id(), now.minus(Duration.ofMinutes(5)));
        provisioning.orders.claim(number.id(), now, now.plus(Provisioning.RECONCILE_AFTER));

        assertThat(provisioning.claimOrder.claimed(number.id())).isPresent();
        assertThat(row.attempts).isEqualTo(2);
        assertThat(row.placedAt).isEqualTo(now);
    }
}
