package ai.talkturo.numbers.domain.account;

import ai.talkturo.numbers.domain.DomainException;

/** Refuses another number to an account that already holds as many as its plan allows. */
public final class PlanLimitReached extends DomainException {

    private final Plan plan;
    private final int limit;

    public PlanLimitReached(Plan plan, int limit) {
        super("the " + plan.apiName() + " plan allows " + limit + (limit == 1 ? " number" : " numbers")
                + " at a time; release one or move to a larger plan");
        this.plan = plan;
        this.limit = limit;
    }

    public Plan plan() {
        return plan;
    }

    public int limit() {
        return limit;
    }
}
