package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.compliance.DocumentFormat;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import ai.talkturo.numbers.provisioning.port.DocumentFile;
import ai.talkturo.numbers.provisioning.port.DocumentFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** {@link DocumentFiles} in the {@code compliance_document_files} table. */
@ApplicationScoped
@Transactional
public class JpaDocumentFiles implements DocumentFiles {

    @PersistenceContext(unitName = "numbers")
    EntityManager em;

    @Override
    public void keep(String profileId, ProfileDocument document, DocumentFormat format, byte[] content) {
        em.persist(new DocumentFileRow(document.id(), format.mediaType(), content));
        em.flush();
    }

    @Override
    public List<DocumentFile> of(String profileId, List<ProfileDocument> documents) {
        return documents.stream()
                .flatMap(document -> Optional.ofNullable(em.find(DocumentFileRow.class, document.id()))
                        .map(row -> new DocumentFile(document, DocumentFormat.ofMediaType(row.mediaType()).orElseThrow(),
                                row.content()))
                        .stream())
                .toList();
    }
}
