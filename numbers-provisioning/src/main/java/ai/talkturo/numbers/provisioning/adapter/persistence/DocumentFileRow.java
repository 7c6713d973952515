package ai.talkturo.numbers.provisioning.adapter.persistence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A row of {@code compliance_document_files}: one document's file. */
@Entity
@Table(name = "compliance_document_files")
public class DocumentFileRow {

    @Id
    @Column(name = "document_id")
    private String documentId;
    @Column(name = "media_type")
    private String mediaType;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected DocumentFileRow() {
    }

    DocumentFileRow(String documentId, String mediaType, byte[] content) {
        this.documentId = documentId;
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    String documentId() {
        return documentId;
    }

    String mediaType() {
        return mediaType;
    }

    byte[] content() {
        return content.clone();
    }
}
