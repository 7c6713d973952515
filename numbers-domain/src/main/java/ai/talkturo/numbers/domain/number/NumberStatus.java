package ai.talkturo.numbers.domain.number;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a phone number is in its life. A number is bought ({@code purchasing}), then {@code active}
 * or in {@code error}; an active number can be {@code suspended} and resumed; every number that is
 * not still being bought can be {@code released}, and nothing comes back from there.
 */
public enum NumberStatus {
    PURCHASING,
    ACTIVE,
    SUSPENDED,
    ERROR,
    RELEASED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with exactly this API name; empty for anything else, {@code null} included. */
    public static Optional<NumberStatus> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(status -> status.apiName().equals(apiName)).findFirst();
    }

    public boolean canMoveTo(NumberStatus next) {
        if (next == null) {
            return false;
        }
        return switch (this) {
            case PURCHASING -> next == ACTIVE || next == ERROR;
            case ACTIVE -> next == SUSPENDED || next == RELEASED;
            case SUSPENDED -> next == ACTIVE || next == RELEASED;
            case ERROR -> next == RELEASED;
            case RELEASED -> false;
        };
    }

    /** Whether a number in this status uses up one of the numbers its account's plan allows. */
    public boolean countsAgainstPlan() {
        return this == PURCHASING || this == ACTIVE || this == SUSPENDED;
    }
}
