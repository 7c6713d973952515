package ai.talkturo.numbers.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.domain.account.PlanLimitReached;
import ai.talkturo.numbers.domain.account.TrialNumberInUse;
import ai.talkturo.numbers.domain.number.IllegalStatusTransition;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.provisioning.AddressRequired;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    @Test
    void explainsThePlanRulesInPlainWords() {
        assertThat(Refusals.explain(new TrialNumberInUse())).startsWith("Your Free plan includes one trial number at a time");
        assertThat(Refusals.explain(new PlanLimitReached(Plan.STARTER, 5)))
                .isEqualTo("Your Starter plan holds 5 numbers at a time, and they are all in use. "
                        + "Release a number or move to a larger plan.");
    }

    @Test
    void explainsAMissingAddressAndCarrierTroubleWithoutApiWords() {
        assertThat(Refusals.explain(new AddressRequired("+4930… needs an address; add one with POST /api/addresses")))
                .doesNotContain("POST", "/api").contains("address");
        assertThat(Refusals.explain(new CarrierUnavailable("timeout after 10 s")))
                .isEqualTo("Our carrier is not answering right now, so nothing was bought or changed. Please try again in a minute.");
    }

    @Test
    void findsTheRefusalInsideATransactionFailure() {
        RollbackException rollback = new RollbackException("rolled back");
        rollback.initCause(new IllegalStatusTransition(NumberStatus.RELEASED, NumberStatus.SUSPENDED));
        RuntimeException wrapped = new TransactionalException("rolled back", rollback);
        assertThat(Refusals.explain(wrapped)).startsWith("This number is released now, so it cannot become suspended.");
    }

    @Test
    void saysLittleAboutAFaultOfOurs() {
        assertThat(Refusals.explain(new IllegalStateException("connection pool exhausted")))
                .isEqualTo("Something went wrong on our side. Please try again in a moment.");
    }
}
