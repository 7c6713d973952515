package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.ComplianceProfiles;
import ai.talkturo.numbers.domain.compliance.ComplianceStatus;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link ComplianceProfiles} as copies in a map, so that a profile changed but not stored stays as it was here. */
final class InMemoryComplianceProfiles implements ComplianceProfiles {

    private final Map<String, ComplianceProfile> profiles = new LinkedHashMap<>();

    @Override
    public void add(ComplianceProfile profile) {
        profiles.put(profile.id(), copy(profile, profile.version()));
    }

    @Override
    public Optional<ComplianceProfile> inAccount(String accountId, String id) {
        return byId(id).filter(profile -> profile.accountId().equals(accountId));
    }

    @Override
    public Optional<ComplianceProfile> byId(String id) {
        return Optional.ofNullable(profiles.get(id)).map(profile -> copy(profile, profile.version()));
    }

    @Override
    public Optional<ComplianceProfile> byCarrierReference(String provider, String carrierReference) {
        return profiles.values().stream()
                .filter(profile -> profile.provider().equals(provider)
                        && Objects.equals(profile.carrier().profile(), carrierReference))
                .findFirst().flatMap(profile -> byId(profile.id()));
    }

    @Override
    public void update(ComplianceProfile profile) {
        ComplianceProfile stored = profiles.get(profile.id());
        if (stored.version() != profile.version()) {
            throw new OptimisticLockException(profile.id() + " was changed by someone else");
        }
        profiles.put(profile.id(), copy(profile, profile.version() + 1));
    }

    @Override
    public List<ComplianceProfile> ofAccount(String accountId, int limit) {
        return profiles.values().stream().filter(profile -> profile.accountId().equals(accountId))
                .sorted(Comparator.comparing(ComplianceProfile::createdAt).reversed()).limit(limit)
                .map(profile -> byId(profile.id()).orElseThrow()).toList();
    }

    @Override
    public List<ComplianceProfile> inReview(int limit) {
        return withStatus(List.of(ComplianceStatus.IN_REVIEW), limit);
    }

    @Override
    public List<ComplianceProfile> approvalEndedBy(Instant now, int limit) {
        return profiles.values().stream()
                .filter(profile -> profile.status() == ComplianceStatus.APPROVED && profile.validUntil() != null
                        && !profile.validUntil().isAfter(now))
                .limit(limit).map(profile -> byId(profile.id()).orElseThrow()).toList();
    }

    @Override
    public List<ComplianceProfile> withStatus(List<ComplianceStatus> statuses, int limit) {
        return profiles.values().stream().filter(profile -> statuses.contains(profile.status())).limit(limit)
                .map(profile -> byId(profile.id()).orElseThrow()).toList();
    }

    private static ComplianceProfile copy(ComplianceProfile profile, long version) {
        return ComplianceProfile.restore(profile.id(), profile.accountId(), profile.country(), profile.numberType(),
                profile.endUserType(), profile.endUser(), profile.addressId(), profile.documents(), profile.status(),
                profile.statusReason(), profile.validUntil(), profile.provider(), profile.carrier(),
                profile.createdAt(), profile.submittedAt(), profile.updatedAt(), version);
    }
}
