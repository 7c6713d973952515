package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.account.Plan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies operators send about accounts. */
final class AccountRequests {

    private static final String PLANS = "free|starter|pro|enterprise";
    private static final String PLAN_MESSAGE = "must be one of free, starter, pro, enterprise";

    private AccountRequests() {
    }

    public record Open(@NotBlank @Size(max = 200) String name,
                       @NotNull @Pattern(regexp = PLANS, message = PLAN_MESSAGE) String plan) {

        Plan chosenPlan() {
            return Plan.fromApiName(plan).orElseThrow();
        }
    }

    public record ChangePlan(@NotNull @Pattern(regexp = PLANS, message = PLAN_MESSAGE) String plan) {

        Plan chosenPlan() {
            return Plan.fromApiName(plan).orElseThrow();
        }
    }
}
