package ai.talkturo.numbers.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.MutableClock;
import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberChanged.Change;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.Price;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrialPolicyTest {

    private static final Duration FIVE_DAYS = Duration.parse("P5D");

    private final MutableClock clock = MutableClock.at("2026-11-23T10:15:30Z");
    private final TrialPolicy policy = new TrialPolicy(FIVE_DAYS);

    @Test
    void aTrialNumberExpiresTheConfiguredDurationAfterItIsBought() {
        Instant purchasedAt = clock.instant();

        assertThat(policy.expiryFor(purchasedAt)).isEqualTo(Instant.parse("2026-11-28T10:15:30Z"));
        assertThat(new TrialPolicy(Duration.ofHours(1)).expiryFor(purchasedAt))
                .isEqualTo(Instant.parse("2026-11-23T11:15:30Z"));
    }

    @Test
    void aFreeAccountGetsAnExpiry() {
        Account free = Account.open("Acme", Plan.FREE, clock);

        assertThat(policy.expiryFor(free, clock.instant())).contains(Instant.parse("2026-11-28T10:15:30Z"));
    }

    @Test
    void aPaidPlanGetsNoExpiry() {
        for (Plan plan : new Plan[] {Plan.STARTER, Plan.PRO, Plan.ENTERPRISE}) {
            Account paid = Account.open("Acme", plan, clock);

            assertThat(policy.expiryFor(paid, clock.instant())).as(plan.apiName()).isEmpty();
        }
    }

    @Test
    void aNumberBoughtOnAPaidPlanIsNoTrialNumber() {
        Account paid = Account.open("Acme", Plan.STARTER, clock);

        PhoneNumber number = buy(paid);

        assertThat(number.trial()).isFalse();
        assertThat(number.expiresAt()).isNull();
        assertThat(number.isTrialExpired(Instant.MAX)).isFalse();
    }

    @Test
    void aTrialNumberExpiresOnceTheDurationHasPassed() {
        Account free = Account.open("Acme", Plan.FREE, clock);
        PhoneNumber number = buy(free);
        number.activate("PN1", clock);

        clock.advance(FIVE_DAYS.minusSeconds(1));
        assertThat(number.isTrialExpired(clock.instant())).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(number.isTrialExpired(clock.instant())).isTrue();
    }

    @Test
    void expiredTrialNumbersAreReleased() {
        Account free = Account.open("Acme", Plan.FREE, clock);
        PhoneNumber number = buy(free);
        number.activate("PN1", clock);
        number.pullEvents();
        clock.advance(FIVE_DAYS.plusMinutes(3));

        number.releaseExpiredTrial(clock);

        assertThat(number.status()).isEqualTo(NumberStatus.RELEASED);
        assertThat(number.pullEvents()).extracting(NumberChanged::change).containsExactly(Change.TRIAL_EXPIRED);
        assertThat(free.trialNumberAvailable(0)).isTrue();
    }

    @Test
    void upgradingRemovesTheExpiryOfTheTrialNumber() {
        Account account = Account.open("Acme", Plan.FREE, clock);
        PhoneNumber number = buy(account);
        number.activate("PN1", clock);
        clock.advance(Duration.ofDays(2));

        PlanChange change = account.changePlan(Plan.STARTER, clock);
        if (change.endsTrials()) {
            number.endTrial(clock);
        }

        assertThat(number.trial()).isFalse();
        assertThat(number.expiresAt()).isNull();
        clock.advance(Duration.ofDays(30));
        assertThat(number.isTrialExpired(clock.instant())).isFalse();
        assertThat(number.status()).isEqualTo(NumberStatus.ACTIVE);
    }

    @Test
    void aFreeAccountMayBuyAgainOnceItsTrialNumberIsReleased() {
        Account free = Account.open("Acme", Plan.FREE, clock);
        PhoneNumber number = buy(free);
        number.activate("PN1", clock);
        clock.advance(FIVE_DAYS);
        number.releaseExpiredTrial(clock);

        long held = number.status().countsAgainstPlan() ? 1 : 0;

        assertThat(free.trialNumberAvailable(held)).isTrue();
    }

    @Test
    void refusesATrialThatLastsNoTime() {
        assertThatThrownBy(() -> new TrialPolicy(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrialPolicy(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrialPolicy(null)).isInstanceOf(NullPointerException.class);
    }

    private PhoneNumber buy(Account account) {
        Instant now = clock.instant();
        return PhoneNumber.startPurchase(account.id(), E164Number.of("+14155552671"), NumberType.LOCAL, Price.ZERO,
                List.of("voice"), "sandbox", policy.expiryFor(account, now).orElse(null), clock);
    }
}
