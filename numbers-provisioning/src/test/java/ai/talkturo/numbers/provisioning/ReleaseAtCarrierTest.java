package ai.talkturo.numbers.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The carrier hears of every release at least once, however long it is down. */
class ReleaseAtCarrierTest {

    private final Provisioning provisioning = new Provisioning();
    private final Account account = provisioning.account(Plan.STARTER);
    private final PhoneNumber number = provisioning.active(account, "+14155550101");

    @Test
    void aReleasedNumberIsGivenUpAtItsCarrierOnce() {
        provisioning.releaseNumber.release(account.id(), number.id());

        assertThat(provisioning.releaseAtCarrier.releaseDue()).isEqualTo(1);
        assertThat(provisioning.releaseAtCarrier.releaseDue()).isZero();

        assertThat(provisioning.carrier.released).containsExactly(number.carrierReference());
        assertThat(provisioning.releases.rows.get(number.id()).doneAt).isNotNull();
    }

    @Test
    void aCarrierThatIsDownIsAskedAgainLaterBackingOffFromAMinuteToAnHour() {
        provisioning.releaseNumber.release(account.id(), number.id());
        provisioning.carrier.down = true;
        InMemoryPendingReleases.Row row = provisioning.releases.rows.get(number.id());

        for (Duration wait : new Duration[] {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4)}) {
            assertThat(provisioning.releaseAtCarrier.releaseDue()).isZero();
            assertThat(row.tryAfter).isEqualTo(provisioning.clock.instant().plus(wait));
            assertThat(row.lastError).contains("down");
            assertThat(provisioning.releaseAtCarrier.releaseDue()).as("not before it is due").isZero();
            provisioning.clock.advance(wait);
        }
        assertThat(ReleaseAtCarrier.backoff(20)).isEqualTo(Duration.ofMinutes(64));

        provisioning.carrier.down = false;
        assertThat(provisioning.releaseAtCarrier.releaseDue()).isEqualTo(1);
        assertThat(provisioning.carrier.released).containsExactly(number.carrierReference());
    }
}
