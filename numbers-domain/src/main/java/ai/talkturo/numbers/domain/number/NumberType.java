package ai.talkturo.numbers.domain.number;

import java.util.Arrays;
import java.util.Optional;

/** The kind of a phone number, as the API names it. */
public enum NumberType {
    LOCAL("local"),
    TOLL_FREE("toll-free"),
    MOBILE("mobile"),
    NATIONAL("national");

    private final String apiName;

    NumberType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The type with exactly this API name; empty for anything else, {@code null} included. */
    public static Optional<NumberType> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(type -> type.apiName.equals(apiName)).findFirst();
    }
}
