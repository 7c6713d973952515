package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.account.Plan;
import java.io.Serializable;

/** A plan as the console offers it: its name and what it allows. */
public final class PlanView implements Serializable {

    private final String apiName;
    private final String name;
    private final String allowance;

    PlanView(Plan plan) {
        this.apiName = plan.apiName();
        this.name = plan.displayName();
        this.allowance = switch (plan) {
            case FREE -> "One trial number at a time, for a few days";
            case ENTERPRISE -> "As many numbers as you need";
            default -> "Up to " + plan.numberLimit().getAsInt() + " numbers, kept as long as you like";
        };
    }

    public String getApiName() {
        return apiName;
    }

    public String getName() {
        return name;
    }

    public String getAllowance() {
        return allowance;
    }
}
