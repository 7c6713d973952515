package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.compliance.DocumentFormat;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import java.util.Objects;

/** A profile's document with its file: what it is, its format read from its content, and the bytes. */
public record DocumentFile(ProfileDocument document, DocumentFormat format, byte[] content) {

    public DocumentFile {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }
}
