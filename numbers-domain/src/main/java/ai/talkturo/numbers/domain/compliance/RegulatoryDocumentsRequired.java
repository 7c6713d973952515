package ai.talkturo.numbers.domain.compliance;

import ai.talkturo.numbers.domain.DomainException;
import java.util.List;

/**
 * Refuses to buy a number that is sold only with an approved compliance profile, when the purchase names none, one
 * that does not cover the number, or one that is not approved; {@code missing} says what to do.
 */
public final class RegulatoryDocumentsRequired extends DomainException {

    private final List<String> missing;

    public RegulatoryDocumentsRequired(String message, List<String> missing) {
        super(message);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
