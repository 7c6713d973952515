package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.compliance.ComplianceProfile;
import ai.talkturo.numbers.domain.compliance.EndUser;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A compliance profile as the API shows it. */
@JsonbNillable
public record ComplianceProfileJson(String id, String countryCode, String numberType, String endUserType,
                                    EndUserJson endUser, String addressId, List<DocumentJson> documents, String status,
                                    String statusReason, List<String> missing, String validUntil, String provider,
                                    String createdAt, String submittedAt, String updatedAt) {

    @JsonbNillable
    public record EndUserJson(String name, String email, String registrationNumber) {

        static EndUserJson of(EndUser endUser) {
            return new EndUserJson(endUser.name(), endUser.email(), endUser.registrationNumber());
        }
    }

    public record DocumentJson(String id, String type, String fileName, long sizeBytes, String addedAt) {

        static DocumentJson of(ProfileDocument document) {
            return new DocumentJson(document.id(), document.type().apiName(), document.fileName(), document.sizeBytes(),
                    Times.iso(document.addedAt()));
        }
    }

    static ComplianceProfileJson of(ComplianceProfile profile) {
        return new ComplianceProfileJson(profile.id(), profile.country().name(), profile.numberType().apiName(),
                profile.endUserType().apiName(), EndUserJson.of(profile.endUser()), profile.addressId(),
                profile.documents().stream().map(DocumentJson::of).toList(), profile.status().apiName(),
                profile.statusReason(), profile.missing(), Times.iso(profile.validUntil()), profile.provider(),
                Times.iso(profile.createdAt()), Times.iso(profile.submittedAt()), Times.iso(profile.updatedAt()));
    }
}
