package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.account.Plan;
import ai.talkturo.numbers.provisioning.AccountStanding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the Free plan gives, said before a customer picks a number rather than only as a refusal afterwards: one
 * trial number at no charge, released when its configured trial ends, kept for good on a paid plan.
 */
@ApplicationScoped
class FreePlanTerms {

    @Inject
    @ConfigProperty(name = "numbers.trial.duration")
    Duration trial;

    /** The terms for this account; empty when it is not on the Free plan. */
    String of(AccountStanding standing) {
        if (standing.account().plan() != Plan.FREE) {
            return "";
        }
        String expiry = "It expires " + span(trial) + " after purchase and is then released; upgrading to a paid plan "
                + "removes the expiry.";
        return standing.trialNumberAvailable()
                ? "The Free plan includes one trial number at no charge. " + expiry
                : "The Free plan includes one trial number at no charge, and yours is in use. " + expiry
                        + " Upgrade to hold more numbers.";
    }

    /** {@code P5D} as "5 days", {@code PT12H} as "12 hours"; what does not come out even is said in minutes. */
    static String span(Duration duration) {
        if (duration.toDaysPart() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return count(duration.toDays(), "day");
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return count(duration.toHours(), "hour");
        }
        return count(Math.max(1, duration.toMinutes()), "minute");
    }

    private static String count(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
