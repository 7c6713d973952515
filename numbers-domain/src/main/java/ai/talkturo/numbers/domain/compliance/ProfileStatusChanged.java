package ai.talkturo.numbers.domain.compliance;

import ai.talkturo.numbers.domain.event.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A compliance profile moved from one status to another (submitted, approved, rejected, expired), published while
 * the change is being stored; partner webhooks send it as {@code compliance.status_changed}, and numbers waiting
 * for the profile's review learn from it.
 */
public record ProfileStatusChanged(String profileId, String accountId, String countryCode, String numberType,
                                   ComplianceStatus previousStatus, ComplianceStatus status, String statusReason,
                                   List<String> missing, Instant occurredAt) implements DomainEvent {

    public ProfileStatusChanged {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(previousStatus, "previousStatus");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        missing = List.copyOf(missing);
    }

    /** The change of {@code profile} from {@code previous} to where it is now. */
    public static ProfileStatusChanged of(ComplianceProfile profile, ComplianceStatus previous) {
        return new ProfileStatusChanged(profile.id(), profile.accountId(), profile.country().name(),
                profile.numberType().apiName(), previous, profile.status(), profile.statusReason(), profile.missing(),
                profile.updatedAt());
    }
}
