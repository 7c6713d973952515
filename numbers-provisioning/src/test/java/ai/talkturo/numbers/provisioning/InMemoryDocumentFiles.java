package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.compliance.DocumentFormat;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import ai.talkturo.numbers.provisioning.port.DocumentFile;
import ai.talkturo.numbers.provisioning.port.DocumentFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link DocumentFiles} in a map. */
final class InMemoryDocumentFiles implements DocumentFiles {

    private record Kept(DocumentFormat format, byte[] content) {
    }

    private final Map<String, Kept> files = new HashMap<>();

    @Override
    public void keep(String profileId, ProfileDocument document, DocumentFormat format, byte[] content) {
        files.put(document.id(), new Kept(format, content.clone()));
    }

    @Override
    public List<DocumentFile> of(String profileId, List<ProfileDocument> documents) {
        return documents.stream().filter(document -> files.containsKey(document.id()))
                .map(document -> new DocumentFile(document, files.get(document.id()).format(),
                        files.get(document.id()).content()))
                .toList();
    }

    int count() {
        return files.size();
    }
}
