package ai.talkturo.numbers.domain.account;

import java.util.Objects;

/** An account moved from one plan to another. */
public record PlanChange(Plan from, Plan to) {

    public PlanChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Whether the account's trial numbers become regular numbers, as when it leaves the free plan for a paid one. */
    public boolean endsTrials() {
        return from.grantsTrialNumbers() && !to.grantsTrialNumbers();
    }
}
