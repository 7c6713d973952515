package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.InvalidValue;
import ai.talkturo.numbers.domain.NotFound;
import ai.talkturo.numbers.domain.address.Address;
import ai.talkturo.numbers.domain.address.Addresses;
import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.ComplianceProfiles;
import ai.talkturo.numbers.domain.compliance.ComplianceStatus;
import ai.talkturo.numbers.domain.compliance.DocumentFormat;
import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.EndUserType;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import ai.talkturo.numbers.domain.compliance.ProfileStatusChanged;
import ai.talkturo.numbers.domain.number.Country;
import ai.talkturo.numbers.domain.number.NumberType;
import ai.talkturo.numbers.provisioning.port.DocumentFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * A customer's compliance profiles as they fill them in: a new draft for the current carrier, changes, documents
 * with their files (whose format is read from their content), and reading them back. Every change of a profile's
 * status is stored here too, and announced ({@link ProfileStatusChanged}) in the same transaction.
 */
@ApplicationScoped
public class ProfileBook {

    /** The most profiles one list shows. */
    public static final int MOST_LISTED = 100;

    @Inject
    ComplianceProfiles profiles;
    @Inject
    DocumentFiles files;
    @Inject
    Addresses addresses;
    @Inject
    Carriers carriers;
    @Inject
    Event<ProfileStatusChanged> statusChanges;
    @Inject
    Clock clock;

    @Transactional
    public ComplianceProfile open(String accountId, Country country, NumberType numberType, EndUserType endUserType,
                                  EndUser endUser, String addressId) {
        requireAddress(accountId, addressId, country);
        ComplianceProfile profile = ComplianceProfile.draft(accountId, country, numberType, endUserType, endUser,
                addressId, carriers.current().name(), clock);
        profiles.add(profile);
        return profile;
    }

    @Transactional
    public ComplianceProfile change(String accountId, String id, EndUser endUser, String addressId) {
        ComplianceProfile profile = inAccount(accountId, id);
        requireAddress(accountId, addressId, profile.country());
        profile.change(endUser, addressId, clock);
        profiles.update(profile);
        return profile;
    }

    /**
     * Keeps a document and its file with a draft or rejected profile.
     *
     * @throws UnsupportedDocument when the file is not a PDF, PNG or JPEG by its content
     */
    @Transactional
    public ProfileDocument addDocument(String accountId, String id, DocumentType type, String submittedName,
                                       byte[] content) {
        String fileName = ProfileDocument.fileNameOf(submittedName);
        ComplianceProfile profile = inAccount(accountId, id);
        if (content.length == 0) {
            throw new InvalidValue("the file is empty");
        }
        DocumentFormat format = DocumentFormat.of(content).orElseThrow(() -> new UnsupportedDocument("the file "
                + fileName + " is not a PDF, PNG or JPEG (judged by its content, whatever its name)"));
        ProfileDocument document = profile.addDocument(type, fileName, content.length, clock);
        profiles.update(profile);
        files.keep(profile.id(), document, format, content);
        return document;
    }

    public ComplianceProfile inAccount(String accountId, String id) {
        return profiles.inAccount(accountId, id).orElseThrow(() -> new NotFound("compliance profile", id));
    }

    public List<ComplianceProfile> ofAccount(String accountId) {
        return profiles.ofAccount(accountId, MOST_LISTED);
    }

    /** Profiles of every account waiting for a carrier's review, or rejected: what operators keep an eye on. */
    public List<ComplianceProfile> needingAttention() {
        return profiles.withStatus(List.of(ComplianceStatus.IN_REVIEW, ComplianceStatus.REJECTED), MOST_LISTED);
    }

    /**
     * Stores a profile whose status may have moved from {@code previous}, announcing the move if it did.
     *
     * @throws jakarta.persistence.OptimisticLockException if someone changed it since it was read
     */
    @Transactional
    public void store(ComplianceProfile profile, ComplianceStatus previous) {
        profiles.update(profile);
        if (profile.status() != previous) {
            statusChanges.fire(ProfileStatusChanged.of(profile, previous));
        }
    }

    private void requireAddress(String accountId, String addressId, Country country) {
        if (addressId == null) {
            return;
        }
        Address address = addresses.inAccount(accountId, addressId)
                .orElseThrow(() -> new NotFound("address", addressId));
        if (!address.countryCode().equals(country.name())) {
            throw new InvalidValue("address " + addressId + " is in " + address.countryCode() + ", not in "
                    + country.displayName());
        }
    }
}
