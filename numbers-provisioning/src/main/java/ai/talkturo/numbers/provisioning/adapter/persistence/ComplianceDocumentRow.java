package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.compliance.DocumentType;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code compliance_documents}: a document's details; its file is a {@link DocumentFileRow}. */
@Entity
@Table(name = "compliance_documents")
public class ComplianceDocumentRow {

    @Id
    private String id;
    @Column(name = "profile_id")
    private String profileId;
    private String type;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Column(name = "added_at")
    @Convert(converter = InstantColumn.class)
    private Instant addedAt;

    protected ComplianceDocumentRow() {
    }

    ComplianceDocumentRow(String profileId, ProfileDocument document) {
        id = document.id();
        this.profileId = profileId;
        type = document.type().apiName();
        fileName = document.fileName();
        sizeBytes = document.sizeBytes();
        addedAt = document.addedAt();
    }

    ProfileDocument toDocument() {
        return new ProfileDocument(id, DocumentType.fromApiName(type).orElseThrow(), fileName, sizeBytes, addedAt);
    }

    String profileId() {
        return profileId;
    }
}
