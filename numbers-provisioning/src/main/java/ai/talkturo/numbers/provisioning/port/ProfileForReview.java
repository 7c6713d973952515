package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import java.util.List;
import java.util.Objects;

/** A compliance profile as a carrier needs it for its review: the profile, its address and its documents' files. */
public record ProfileForReview(ComplianceProfile profile, CarrierAddress address, List<DocumentFile> files) {

    public ProfileForReview {
        Objects.requireNonNull(profile, "profile");
        files = List.copyOf(files);
    }
}
