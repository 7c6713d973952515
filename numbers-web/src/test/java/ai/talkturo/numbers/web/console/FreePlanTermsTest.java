package ai.talkturo.numbers.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.domain.account.Account;
import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.provisioning.AccountStanding;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FreePlanTermsTest {

    private final FreePlanTerms terms = new FreePlanTerms();

    FreePlanTermsTest() {
        terms.trial = Duration.ofDays(5);
    }

    @Test
    void sayWhatTheTrialNumberCostsWhenItExpiresAndHowToKeepIt() {
        assertThat(terms.of(standing(Plan.FREE, 0))).isEqualTo("The Free plan includes one trial "
                + "number at no charge. It expires 5 days after purchase and is then released; upgrading to a paid plan "
                + "removes the expiry.");
    }

    @Test
    void sayThatTheTrialNumberIsInUseOnceTheAccountHoldsIt() {
        assertThat(terms.of(standing(Plan.FREE, 1)))
                .startsWith("The Free plan includes one trial number at no charge, and yours is in use.")
                .contains("expires 5 days after purchase").endsWith("Upgrade to hold more numbers.");
    }

    @Test
    void sayNothingOnAPaidPlan() {
        assertThat(terms.of(standing(Plan.STARTER, 0))).isEmpty();
        assertThat(terms.of(standing(Plan.ENTERPRISE, 3))).isEmpty();
    }

    @Test
    void sayTheConfiguredTrialInTheLargestWholeUnit() {
        assertThat(FreePlanTerms.span(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(FreePlanTerms.span(Duration.ofHours(12))).isEqualTo("12 hours");
        assertThat(FreePlanTerms.span(Duration.ofHours(36))).isEqualTo("36 hours");
        assertThat(FreePlanTerms.span(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(FreePlanTerms.span(Duration.ofSeconds(20))).isEqualTo("1 minute");
    }

    private static AccountStanding standing(Plan plan, long held) {
        Account account = Account.open("Terms Co", plan, Clock.systemUTC());
        return new AccountStanding(account, held, account.trialNumberAvailable(held));
    }
}
