package ai.talkturo.numbers.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkturo.numbers.domain.DomainException;
import ai.talkturo.numbers.domain.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AccountTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T10:15:30Z");
    private final Instant start = clock.instant();

    @Test
    void opensAnAccountOnAPlan() {
        Account account = Account.open("Acme Dental", Plan.FREE, clock);

        assertThat(account.id()).matches("acc_[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(account.name()).isEqualTo("Acme Dental");
        assertThat(account.plan()).isEqualTo(Plan.FREE);
        assertThat(account.createdAt()).isEqualTo(start);
        assertThat(account.updatedAt()).isEqualTo(start);
        assertThat(account.version()).isZero();
    }

    @Test
    void itsSlugIsItsNameInLowerCaseWithHyphens() {
        assertThat(Account.open("My Team", Plan.FREE, clock).slug()).isEqualTo("my-team");
        assertThat(Account.open("  Acme GmbH & Co. ", Plan.PRO, clock).slug()).isEqualTo("acme-gmbh-co");
        assertThat(Account.open("Zürich Ärzte", Plan.PRO, clock).slug()).isEqualTo("zurich-arzte");
    }

    @Test
    void refusesAnAccountWithoutName() {
        assertThatThrownBy(() -> Account.open(" ", Plan.FREE, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.open(null, Plan.FREE, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void restoresAStoredAccountAsItWas() {
        Instant updated = start.plus(Duration.ofDays(3));

        Account account = Account.restore("acc_1", "Acme", Plan.PRO, start, updated, 4);

        assertThat(account.id()).isEqualTo("acc_1");
        assertThat(account.name()).isEqualTo("Acme");
        assertThat(account.plan()).isEqualTo(Plan.PRO);
        assertThat(account.createdAt()).isEqualTo(start);
        assertThat(account.updatedAt()).isEqualTo(updated);
        assertThat(account.version()).isEqualTo(4);
    }

    @Test
    void changesItsPlanAndSaysFromWhichToWhich() {
        Account account = Account.open("Acme", Plan.FREE, clock);
        clock.advance(Duration.ofDays(1));

        PlanChange change = account.changePlan(Plan.STARTER, clock);

        assertThat(change).isEqualTo(new PlanChange(Plan.FREE, Plan.STARTER));
        assertThat(change.endsTrials()).isTrue();
        assertThat(account.plan()).isEqualTo(Plan.STARTER);
        assertThat(account.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void changesNothingWhenMovedToThePlanItHas() {
        Account account = Account.open("Acme", Plan.PRO, clock);
        clock.advance(Duration.ofDays(1));

        PlanChange change = account.changePlan(Plan.PRO, clock);

        assertThat(change.endsTrials()).isFalse();
        assertThat(account.updatedAt()).isEqualTo(start);
    }

    @Test
    void givesAFreeAccountItsTrialNumber() {
        Account free = Account.open("Acme", Plan.FREE, clock);

        assertThat(free.trialNumberAvailable(0)).isTrue();
        assertThatCode(() -> free.checkRoomForNumber(0)).doesNotThrowAnyException();
    }

    @Test
    void rejectsASecondTrialNumberOnTheFreePlan() {
        Account free = Account.open("Acme", Plan.FREE, clock);

        assertThat(free.trialNumberAvailable(1)).isFalse();
        assertThatThrownBy(() -> free.checkRoomForNumber(1))
                .isInstanceOf(TrialNumberInUse.class)
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("one trial number");
    }

    @Test
    void givesNoTrialNumberOnAPaidPlan() {
        for (Plan plan : new Plan[] {Plan.STARTER, Plan.PRO, Plan.ENTERPRISE}) {
            assertThat(Account.open("Acme", plan, clock).trialNumberAvailable(0)).as(plan.apiName()).isFalse();
        }
    }

    @Test
    void letsAPaidPlanHoldNumbersUpToItsLimit() {
        Account starter = Account.open("Acme", Plan.STARTER, clock);
        Account pro = Account.open("Acme", Plan.PRO, clock);

        assertThatCode(() -> starter.checkRoomForNumber(4)).doesNotThrowAnyException();
        assertThatCode(() -> pro.checkRoomForNumber(24)).doesNotThrowAnyException();
    }

    @Test
    void rejectsANumberBeyondTheLimitOfAPaidPlan() {
        Account starter = Account.open("Acme", Plan.STARTER, clock);
        Account pro = Account.open("Acme", Plan.PRO, clock);

        assertThatThrownBy(() -> starter.checkRoomForNumber(5))
                .isInstanceOf(PlanLimitReached.class)
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("starter")
                .hasMessageContaining("5 numbers")
                .satisfies(e -> {
                    assertThat(((PlanLimitReached) e).plan()).isEqualTo(Plan.STARTER);
                    assertThat(((PlanLimitReached) e).limit()).isEqualTo(5);
                });
        assertThatThrownBy(() -> pro.checkRoomForNumber(30))
                .isInstanceOf(PlanLimitReached.class)
                .hasMessageContaining("pro")
                .hasMessageContaining("25");
    }

    @Test
    void letsAnEnterpriseAccountHoldAnyNumberOfNumbers() {
        Account enterprise = Account.open("Acme", Plan.ENTERPRISE, clock);

        assertThat(enterprise.numberLimit()).isEmpty();
        assertThatCode(() -> enterprise.checkRoomForNumber(100_000)).doesNotThrowAnyException();
    }

    @Test
    void knowsTheNumberLimitOfItsPlan() {
        Account account = Account.open("Acme", Plan.FREE, clock);
        assertThat(account.numberLimit()).isEqualTo(OptionalInt.of(1));

        account.changePlan(Plan.PRO, clock);

        assertThat(account.numberLimit()).isEqualTo(OptionalInt.of(25));
    }

    @Test
    void aDowngradedAccountKeepsItsNumbersButCannotTakeMore() {
        Account account = Account.open("Acme", Plan.PRO, clock);

        account.changePlan(Plan.STARTER, clock);

        assertThatThrownBy(() -> account.checkRoomForNumber(10)).isInstanceOf(PlanLimitReached.class);
    }
}
