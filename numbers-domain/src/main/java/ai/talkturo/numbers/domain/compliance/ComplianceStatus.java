package ai.talkturo.numbers.domain.compliance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a profile stands: {@code draft → in_review → approved | rejected}; an approved one becomes {@code expired}
 * when its validity ends; a rejected one is corrected and submitted again.
 */
public enum ComplianceStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    REJECTED,
    EXPIRED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ComplianceStatus> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(status -> status.apiName().equals(apiName)).findFirst();
    }

    /** Whether the customer may change the profile: before it is submitted, or after it was rejected. */
    public boolean changeable() {
        return this == DRAFT || this == REJECTED;
    }
}
