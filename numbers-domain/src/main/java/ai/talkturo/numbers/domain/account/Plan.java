package ai.talkturo.numbers.domain.account;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an account pays for. The free plan holds one trial number at a time; each paid plan has a
 * number limit, except enterprise, which has none, and its numbers do not expire.
 */
public enum Plan {
    FREE("free", OptionalInt.of(1)),
    STARTER("starter", OptionalInt.of(5)),
    PRO("pro", OptionalInt.of(25)),
    ENTERPRISE("enterprise", OptionalInt.empty());

    private final String apiName;
    private final OptionalInt numberLimit;

    Plan(String apiName, OptionalInt numberLimit) {
        this.apiName = apiName;
        this.numberLimit = numberLimit;
    }

    public String apiName() {
        return apiName;
    }

    /** The plan's name as people read it: {@code Starter}. */
    public String displayName() {
        return Character.toUpperCase(apiName.charAt(0)) + apiName.substring(1);
    }

    /** How many numbers an account on this plan may hold at a time; empty when there is no limit. */
    public OptionalInt numberLimit() {
        return numberLimit;
    }

    /** Whether numbers bought on this plan are trial numbers, which expire. */
    public boolean grantsTrialNumbers() {
        return this == FREE;
    }

    /** The plan with exactly this API name; empty for anything else, {@code null} included. */
    public static Optional<Plan> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(plan -> plan.apiName.equals(apiName)).findFirst();
    }
}
