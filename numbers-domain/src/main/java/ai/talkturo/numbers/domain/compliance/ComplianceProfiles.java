package ai.talkturo.numbers.domain.compliance;

import java.util.List;
import java.util.Optional;

/** The compliance profiles the product keeps, with their documents' details (the files are kept beside them). */
public interface ComplianceProfiles {

    void add(ComplianceProfile profile);

    /** The profile with this id if it belongs to this account; empty otherwise. */
    Optional<ComplianceProfile> inAccount(String accountId, String id);

    /** Stores a change, if the profile is still at the version it was read at; false if someone changed it meanwhile. */
    boolean update(ComplianceProfile profile);

    /** The account's profiles, the newest first. */
    List<ComplianceProfile> ofAccount(String accountId, int limit);
}
