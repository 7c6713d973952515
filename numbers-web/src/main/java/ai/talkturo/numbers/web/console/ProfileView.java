package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.ComplianceStatus;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** A compliance profile as the console shows it: what it covers, where it stands, what it still needs. */
public final class ProfileView implements Serializable {

    /** A document kept with the profile. */
    public static final class DocumentView implements Serializable {

        private final String kind;
        private final String fileName;
        private final String size;

        DocumentView(ProfileDocument document) {
            kind = kindName(document.type().apiName());
            fileName = document.fileName();
            size = document.sizeBytes() >= 1024 * 1024
                    ? String.format(Locale.ROOT, "%.1f MB", document.sizeBytes() / (1024.0 * 1024))
                    : Math.max(1, document.sizeBytes() / 1024) + " KB";
        }

        public String getKind() {
            return kind;
        }

        public String getFileName() {
            return fileName;
        }

        public String getSize() {
            return size;
        }
    }

    private final String id;
    private final String accountId;
    private final String covers;
    private final String countryCode;
    private final String numberType;
    private final String endUser;
    private final String status;
    private final String statusLabel;
    private final String statusReason;
    private final List<String> missing;
    private final List<DocumentView> documents;
    private final boolean changeable;

    ProfileView(ComplianceProfile profile) {
        id = profile.id();
        accountId = profile.accountId();
        covers = profile.country().displayName() + ", " + Display.typeName(profile.numberType()).toLowerCase(Locale.ROOT)
                + " numbers";
        countryCode = profile.country().code();
        numberType = profile.numberType().apiName();
        endUser = profile.endUser().name() + (profile.endUser().registrationNumber() == null ? ""
                : " (" + profile.endUser().registrationNumber() + ")") + ", " + profile.endUserType().apiName();
        status = profile.status().apiName();
        statusLabel = label(profile.status());
        statusReason = profile.statusReason();
        missing = profile.status().changeable() ? profile.missing() : List.of();
        documents = profile.documents().stream().map(DocumentView::new).toList();
        changeable = profile.status().changeable();
    }

    static String kindName(String documentType) {
        return switch (documentType) {
            case "business_registration" -> "Business registration";
            case "proof_of_address" -> "Proof of address";
            case "government_id" -> "Passport or ID card";
            default -> documentType;
        };
    }

    private static String label(ComplianceStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
            case EXPIRED -> "Expired";
        };
    }

    public String getId() {
        return id;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getCovers() {
        return covers;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getNumberType() {
        return numberType;
    }

    public String getEndUser() {
        return endUser;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public List<String> getMissing() {
        return missing;
    }

    public List<DocumentView> getDocuments() {
        return documents;
    }

    public boolean isChangeable() {
        return changeable;
    }

    /** A changeable profile that lacks nothing can be handed to the carrier. */
    public boolean isSubmittable() {
        return changeable && missing.isEmpty();
    }

    public boolean isInReview() {
        return ComplianceStatus.IN_REVIEW.apiName().equals(status);
    }

    /** What it covers, for a choice in the Buy dialog. */
    public String getLabel() {
        return endUser + " · " + statusLabel.toLowerCase(Locale.ROOT);
    }
}
