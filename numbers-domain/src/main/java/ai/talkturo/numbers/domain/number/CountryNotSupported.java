package ai.talkturo.numbers.domain.number;

import ai.talkturo.numbers.domain.DomainException;

/** Refuses a country whose numbers cannot be bought here. */
public final class CountryNotSupported extends DomainException {

    private final String requestedCode;

    public CountryNotSupported(String requestedCode) {
        super((requestedCode == null ? "a country is required" : requestedCode + " is not supported")
                + "; supported countries: " + Country.supportedCodes());
        this.requestedCode = requestedCode;
    }

    /** The code that was asked for, as given; may be {@code null}. */
    public String requestedCode() {
        return requestedCode;
    }
}
