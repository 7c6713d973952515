package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.address.Addresses;
import ai.talkturo.numbers.domain.compliance.CarrierReferences;
import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.ComplianceStatus;
import ai.talkturo.numbers.provisioning.port.CarrierAddress;
import ai.talkturo.numbers.provisioning.port.DocumentFiles;
import ai.talkturo.numbers.provisioning.port.ProfileForReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * A customer hands a complete profile to its carrier for review. Nothing is held while the carrier answers: the
 * profile is checked as it was read, handed over with its address and files, and stored {@code in_review} with the
 * carrier's ids only once the carrier took it. A profile the carrier refuses to take stays as it was, and the
 * refusal says why; one changed by someone else meanwhile is a conflict.
 */
@ApplicationScoped
public class SubmitProfile {

    @Inject
    ProfileBook book;
    @Inject
    Addresses addresses;
    @Inject
    DocumentFiles files;
    @Inject
    Carriers carriers;
    @Inject
    Clock clock;

    public ComplianceProfile submit(String accountId, String id) {
        ComplianceProfile profile = book.inAccount(accountId, id);
        ComplianceStatus previous = profile.status();
        profile.submit(clock);
        CarrierAddress address = profile.addressId() == null ? null : addresses.inAccount(accountId, profile.addressId())
                .map(CarrierAddress::of).orElse(null);
        CarrierReferences carrier = carriers.named(profile.provider())
                .submitForReview(new ProfileForReview(profile, address, files.of(profile.id(), profile.documents())));
        profile.handedToCarrier(carrier);
        book.store(profile, previous);
        return profile;
    }
}
