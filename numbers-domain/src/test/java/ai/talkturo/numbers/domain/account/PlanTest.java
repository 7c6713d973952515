package ai.talkturo.numbers.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PlanTest {

    @Test
    void namesEachPlanAsTheApiDoes() {
        assertThat(Plan.values()).extracting(Plan::apiName).containsExactly("free", "starter", "pro", "enterprise");
    }

    @Test
    void namesEachPlanForPeopleWithACapital() {
        assertThat(Plan.values()).extracting(Plan::displayName).containsExactly("Free", "Starter", "Pro", "Enterprise");
    }

    @Test
    void limitsTheNumbersOfEachPlanAndLeavesEnterpriseWithoutLimit() {
        assertThat(Plan.FREE.numberLimit()).isEqualTo(OptionalInt.of(1));
        assertThat(Plan.STARTER.numberLimit()).isEqualTo(OptionalInt.of(5));
        assertThat(Plan.PRO.numberLimit()).isEqualTo(OptionalInt.of(25));
        assertThat(Plan.ENTERPRISE.numberLimit()).isEmpty();
    }

    @Test
    void grantsTrialNumbersOnlyOnTheFreePlan() {
        assertThat(Plan.FREE.grantsTrialNumbers()).isTrue();
        assertThat(Plan.STARTER.grantsTrialNumbers()).isFalse();
        assertThat(Plan.PRO.grantsTrialNumbers()).isFalse();
        assertThat(Plan.ENTERPRISE.grantsTrialNumbers()).isFalse();
    }

    @Test
    void findsAPlanOnlyByItsExactApiName() {
        for (Plan plan : Plan.values()) {
            assertThat(Plan.fromApiName(plan.apiName())).contains(plan);
        }
        assertThat(Plan.fromApiName("FREE")).isEmpty();
        assertThat(Plan.fromApiName("gold")).isEmpty();
        assertThat(Plan.fromApiName(null)).isEmpty();
    }

    @Test
    void leavingTheFreePlanForAPaidOneEndsTrials() {
        assertThat(new PlanChange(Plan.FREE, Plan.STARTER).endsTrials()).isTrue();
        assertThat(new PlanChange(Plan.FREE, Plan.PRO).endsTrials()).isTrue();
        assertThat(new PlanChange(Plan.FREE, Plan.ENTERPRISE).endsTrials()).isTrue();
    }

    @Test
    void noOtherPlanChangeEndsTrials() {
        assertThat(new PlanChange(Plan.FREE, Plan.FREE).endsTrials()).isFalse();
        assertThat(new PlanChange(Plan.STARTER, Plan.PRO).endsTrials()).isFalse();
        assertThat(new PlanChange(Plan.PRO, Plan.FREE).endsTrials()).isFalse();
        assertThat(new PlanChange(Plan.ENTERPRISE, Plan.STARTER).endsTrials()).isFalse();
    }
}
