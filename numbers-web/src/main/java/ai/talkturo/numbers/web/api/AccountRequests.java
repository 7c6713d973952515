package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.account.Plan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies operators send about accounts (classes, not records: see {@link AssistantRequests}). */
final class AccountRequests {

    private static final String PLANS = "free|starter|pro|enterprise";
    private static final String PLAN_MESSAGE = "must be one of free, starter, pro, enterprise";

    private AccountRequests() {
    }

    public static class Open {
        @NotBlank
        @Size(max = 200)
        @Schema(required = true)
        public String name;
        @NotNull
        @Pattern(regexp = PLANS, message = PLAN_MESSAGE)
        @Schema(required = true, type = SchemaType.STRING)
        public String plan;

        Plan chosenPlan() {
            return Plan.fromApiName(plan).orElseThrow();
        }
    }

    public static class ChangePlan {
        @NotNull
        @Pattern(regexp = PLANS, message = PLAN_MESSAGE)
        @Schema(required = true, type = SchemaType.STRING)
        public String plan;

        Plan chosenPlan() {
            return Plan.fromApiName(plan).orElseThrow();
        }
    }
}
