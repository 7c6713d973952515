package ai.talkturo.numbers.domain.compliance;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats a carrier takes as a document: PDF, PNG and JPEG. A file's format is read from its first bytes,
 * never from its name or from what the sender claims it is.
 */
public enum DocumentFormat {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String mediaType;
    private final byte[] signature;

    DocumentFormat(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format whose signature {@code content} begins with; empty for anything else. */
    public static Optional<DocumentFormat> of(byte[] content) {
        return Arrays.stream(values()).filter(format -> format.begins(content)).findFirst();
    }

    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(mediaType)).findFirst();
    }

    private boolean begins(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
