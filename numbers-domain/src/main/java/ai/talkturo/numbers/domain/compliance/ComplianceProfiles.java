package ai.talkturo.numbers.domain.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The compliance profiles the product keeps, with their documents' details (the files are kept beside them). */
public interface ComplianceProfiles {

    void add(ComplianceProfile profile);

    /** The profile with this id if it belongs to this account; empty otherwise. */
    Optional<ComplianceProfile> inAccount(String accountId, String id);

    Optional<ComplianceProfile> byId(String id);

    /** The profile a carrier knows by this id of its own (a Twilio bundle, a Telnyx requirement group). */
    Optional<ComplianceProfile> byCarrierReference(String provider, String carrierReference);

    /** Stores a change, with the documents added since it was read; refused if someone changed it meanwhile. */
    void update(ComplianceProfile profile);

    /** The account's profiles, the newest first. */
    List<ComplianceProfile> ofAccount(String accountId, int limit);

    /** Profiles whose carrier has yet to say something: those in review, the oldest submission first. */
    List<ComplianceProfile> inReview(int limit);

    /** Approved profiles whose validity ended by {@code now}. */
    List<ComplianceProfile> approvalEndedBy(Instant now, int limit);

    /** Profiles of every account with one of these statuses, the latest change first: for operators. */
    List<ComplianceProfile> withStatus(List<ComplianceStatus> statuses, int limit);
}
