package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.DomainException;

/** A document's file is not of a format carriers take (PDF, PNG, JPEG), judged by its content. */
public final class UnsupportedDocument extends DomainException {

    public UnsupportedDocument(String message) {
        super(message);
    }
}
