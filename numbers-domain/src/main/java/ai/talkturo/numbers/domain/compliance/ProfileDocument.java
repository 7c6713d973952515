package ai.talkturo.numbers.domain.compliance;

import ai.talkturo.numbers.domain.InvalidValue;
import java.time.Instant;
import java.util.Objects;

/** A document kept with a profile: its kind, the file's name and size; the file itself is kept beside it. */
public record ProfileDocument(String id, DocumentType type, String fileName, long sizeBytes, Instant addedAt) {

    /** The largest file taken: 10 MB. */
    public static final long LARGEST = 10L * 1024 * 1024;

    /**
     * The name a file was sent under as a document keeps it: without the folders a browser may send, at most 200
     * characters (the end, with its extension), {@code document} when there is none.
     */
    public static String fileNameOf(String submitted) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public ProfileDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(addedAt, "addedAt");
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new InvalidValue("a document has a file name of 1 to 200 characters");
        }
        if (sizeBytes < 1 || sizeBytes > LARGEST) {
            throw new InvalidValue("a document is 1 byte to 10 MB");
        }
    }
}
