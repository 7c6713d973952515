package ai.talkturo.numbers.domain.number;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a number came from: bought through Numbers from a carrier, or brought from the customer's own carrier
 * account, where it stays when it leaves Numbers.
 */
public enum NumberOrigin {
    PURCHASED("purchased"),
    IMPORTED("imported");

    private final String apiName;

    NumberOrigin(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<NumberOrigin> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(origin -> origin.apiName.equals(apiName)).findFirst();
    }
}
