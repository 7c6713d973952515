package ai.talkturo.numbers.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    @Test
    void theFormatIsReadFromTheFilesFirstBytes() {
        assertThat(DocumentFormat.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}))
                .contains(DocumentFormat.PNG);
        assertThat(DocumentFormat.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .contains(DocumentFormat.JPEG);
    }

    @Test
    void anythingElseIsNoDocumentWhateverItIsCalled() {
        assertThat(DocumentFormat.of("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(DocumentFormat.of("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentFormat.of(new byte[0])).isEmpty();
        assertThat(DocumentFormat.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }
}
