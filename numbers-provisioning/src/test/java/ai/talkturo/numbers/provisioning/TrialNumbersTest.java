package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A Free plan's one trial number: free, released five days after its purchase, kept for good after an upgrade. */
class TrialNumbersTest {

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.FREE);
    private final PhoneNumber trial = provisioning.buy(account, provisioning.offered("+14155550101"));

    @Test
    void theTrialNumberExpiresFiveDaysAfterItsPurchaseAndIsThenReleasedAtTheCarrier() {
        provisioning.fulfilOpenedOrders();
        assertThat(trial.trial()).isTrue();
        assertThat(trial.expiresAt()).isEqualTo(provisioning.clock.instant().plus(Provisioning.TRIAL));

        provisioning.clock.advance(Provisioning.TRIAL.minusSeconds(1));
        assertThat(provisioning.expireTrials.expire()).as("a second before").isZero();

        provisioning.clock.advance(Duration.ofSeconds(1));
        assertThat(provisioning.expireTrials.expire()).isEqualTo(1);

        assertThat(provisioning.stored(trial).status()).isEqualTo(NumberStatus.RELEASED);
        assertThat(provisioning.releases.rows).containsOnlyKeys(trial.id());
        assertThat(provisioning.releases.rows.get(trial.id()).carrierReference).isEqualTo("CR-" + trial.id());
        assertThat(provisioning.queued.fired).containsExactly(new ReleaseQueued(trial.id()));
        assertThat(provisioning.changes.fired).extracting(NumberChanged::change)
                .contains(NumberChanged.Change.TRIAL_EXPIRED);
        assertThat(provisioning.expireTrials.expire()).as("released once").isZero();
    }

    @Test
    void upgradingEndsTheTrialSoTheNumberIsKept() {
        provisioning.fulfilOpenedOrders();

        provisioning.changePlan.change(account.id(), Plan.STARTER);
        provisioning.clock.advance(Provisioning.TRIAL.plusDays(1));

        assertThat(provisioning.stored(trial).trial()).isFalse();
        assertThat(provisioning.stored(trial).expiresAt()).isNull();
        assertThat(provisioning.expireTrials.expire()).isZero();
        assertThat(provisioning.stored(trial).status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(provisioning.changes.fired).extracting(NumberChanged::change)
                .contains(NumberChanged.Change.TRIAL_ENDED);
    }

    @Test
    void aPaidPlansNumbersHaveNoExpiry() {
        PhoneNumber paid = provisioning.buy(provisioning.account(Plan.STARTER), provisioning.offered("+14155550102"));

        assertThat(paid.trial()).isFalse();
        assertThat(paid.expiresAt()).isNull();
    }

    @Test
    void aCustomerReleasingANumberQueuesItsReleaseAtTheCarrier() {
        provisioning.fulfilOpenedOrders();

        provisioning.releaseNumber.release(account.id(), trial.id());

        assertThat(provisioning.stored(trial).status()).isEqualTo(NumberStatus.RELEASED);
        assertThat(provisioning.queued.fired).containsExactly(new ReleaseQueued(trial.id()));
    }
}
