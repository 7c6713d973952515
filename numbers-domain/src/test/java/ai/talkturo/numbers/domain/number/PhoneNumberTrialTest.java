package ai.talkturo.numbers.domain.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.MutableClock;
import ai.talkturo.numbers.domain.number.NumberChanged.Change;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneNumberTrialTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T10:15:30Z");
    private final Instant start = clock.instant();
    private final Instant expiry = start.plus(Duration.ofDays(5));

    @Test
    void aTrialNumberIsNotExpiredBeforeItsExpiry() {
        PhoneNumber number = trialNumber(NumberStatus.ACTIVE, "as_1");

        assertThat(number.isTrialExpired(expiry.minusMillis(1))).isFalse();
    }

    @Test
    void aTrialNumberIsExpiredFromTheMomentOfItsExpiry() {
        PhoneNumber number = trialNumber(NumberStatus.ACTIVE, "as_1");

        assertThat(number.isTrialExpired(expiry)).isTrue();
        assertThat(number.isTrialExpired(expiry.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void aRegularNumberNeverExpires() {
        PhoneNumber number = PhoneNumber.restore("pn_1", "acc_1", E164Number.of("+14155552671"), NumberType.LOCAL,
                NumberStatus.ACTIVE, null, null, false, null, Price.ZERO, List.of(), "sandbox", null, start, start,
                start, 0);

        assertThat(number.isTrialExpired(Instant.MAX)).isFalse();
    }

    @Test
    void aReleasedTrialNumberIsNoLongerExpired() {
        PhoneNumber number = trialNumber(NumberStatus.RELEASED, null);

        assertThat(number.isTrialExpired(expiry)).isFalse();
    }

    @Test
    void releasesAnExpiredTrialNumberAndSaysWhy() {
        PhoneNumber number = trialNumber(NumberStatus.ACTIVE, "as_1");
        clock.set(expiry);

        number.releaseExpiredTrial(clock);

        assertThat(number.status()).isEqualTo(NumberStatus.RELEASED);
        assertThat(number.assistantId()).isNull();
        assertThat(number.pullEvents()).containsExactly(new NumberChanged("pn_1", "acc_1", "+14155552671",
                Change.TRIAL_EXPIRED, NumberStatus.ACTIVE, NumberStatus.RELEASED, "as_1", null, expiry, number.version() + 1));
    }

    @Test
    void releasesAnExpiredSuspendedOrFailedTrialNumberToo() {
        for (NumberStatus status : List.of(NumberStatus.SUSPENDED, NumberStatus.ERROR)) {
            PhoneNumber number = trialNumber(status, null);
            clock.set(expiry.plusSeconds(1));

            number.releaseExpiredTrial(clock);

            assertThat(number.status()).isEqualTo(NumberStatus.RELEASED);
        }
    }

    @Test
    void refusesToReleaseATrialNumberBeforeItsExpiry() {
        PhoneNumber number = trialNumber(NumberStatus.ACTIVE, "as_1");
        clock.set(expiry.minusSeconds(1));

        assertThatThrownBy(() -> number.releaseExpiredTrial(clock)).isInstanceOf(IllegalStateException.class);
        assertThat(number.status()).isEqualTo(NumberStatus.ACTIVE);
        assertThat(number.pullEvents()).isEmpty();
    }

    @Test
    void refusesToReleaseARegularNumberAsAnExpiredTrial() {
        PhoneNumber number = trialNumber(NumberStatus.ACTIVE, null);
        number.endTrial(clock);
        clock.set(expiry);

        assertThatThrownBy(() -> number.releaseExpiredTrial(clock)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void endingTheTrialRemovesTheExpiry() {
        PhoneNumber number = trialNumber(NumberStatus.ACTIVE, "as_1");
        clock.advance(Duration.ofDays(1));

        number.endTrial(clock);

        assertThat(number.trial()).isFalse();
        assertThat(number.expiresAt()).isNull();
        assertThat(number.updatedAt()).isEqualTo(clock.instant());
        assertThat(number.isTrialExpired(expiry)).isFalse();
        assertThat(number.pullEvents()).containsExactly(new NumberChanged("pn_1", "acc_1", "+14155552671",
                Change.TRIAL_ENDED, NumberStatus.ACTIVE, NumberStatus.ACTIVE, "as_1", "as_1", clock.instant(), number.version() + 1));
    }

    @Test
    void endingTheTrialOfARegularNumberChangesNothing() {
        PhoneNumber number = trialNumber(NumberStatus.ACTIVE, null);
        number.endTrial(clock);
        number.pullEvents();
        clock.advance(Duration.ofDays(1));

        number.endTrial(clock);

        assertThat(number.updatedAt()).isEqualTo(start);
        assertThat(number.pullEvents()).isEmpty();
    }

    @Test
    void endingTheTrialOfAReleasedNumberLeavesItsHistoryAlone() {
        PhoneNumber number = trialNumber(NumberStatus.RELEASED, null);

        number.endTrial(clock);

        assertThat(number.trial()).isTrue();
        assertThat(number.expiresAt()).isEqualTo(expiry);
        assertThat(number.pullEvents()).isEmpty();
    }

    private PhoneNumber trialNumber(NumberStatus status, String assistantId) {
        String reason = status == NumberStatus.ERROR || status == NumberStatus.SUSPENDED ? "a reason" : null;
        return PhoneNumber.restore("pn_1", "acc_1", E164Number.of("+14155552671"), NumberType.LOCAL, status, reason,
                assistantId, true, expiry, Price.ZERO, List.of("voice"), "sandbox", "PN1", start, start, start, 0);
    }
}
