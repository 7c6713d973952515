package ai.talkturo.numbers.domain.compliance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of document a regulator asks for, each with the words a person reads in what is missing. */
public enum DocumentType {
    BUSINESS_REGISTRATION("an extract of the commercial register or a trade licence"),
    PROOF_OF_ADDRESS("a proof of the address, such as a utility bill or a lease, at most three months old"),
    GOVERNMENT_ID("a passport or national identity card");

    private final String description;

    DocumentType(String description) {
        this.description = description;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public static Optional<DocumentType> fromApiName(String apiName) {
        return Arrays.stream(values()).filter(type -> type.apiName().equals(apiName)).findFirst();
    }
}
