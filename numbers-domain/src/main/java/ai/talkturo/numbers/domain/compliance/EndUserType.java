package ai.talkturo.numbers.domain.compliance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who holds the numbers a profile covers: a person or a business. */
public enum EndUserType {
    INDIVIDUAL,
    BUSINESS;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EndUserType> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(type -> type.apiName().equals(apiName)).findFirst();
    }
}
