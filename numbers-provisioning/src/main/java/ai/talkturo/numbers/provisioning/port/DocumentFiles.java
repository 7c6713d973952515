package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.compliance.DocumentFormat;
import ai.talkturo.numbers.domain.compliance.ProfileDocument;
import java.util.List;

/**
 * The files of compliance profiles' documents, kept in the database so that every instance of a cluster reads the
 * same ones; the documents' details are kept with their profiles.
 */
public interface DocumentFiles {

    void keep(String profileId, ProfileDocument document, DocumentFormat format, byte[] content);

    /** The files of these documents of one profile, in the documents' order; a document without a file is left out. */
    List<DocumentFile> of(String profileId, List<ProfileDocument> documents);
}
