package ai.talkturo.numbers.domain.compliance;

import ai.talkturo.numbers.domain.DomainException;
import java.util.List;

/** Refuses to submit a profile that still lacks what its requirements ask for; {@code missing} says what. */
public final class ProfileIncomplete extends DomainException {

    private final List<String> missing;

    public ProfileIncomplete(String profileId, List<String> missing) {
        super("compliance profile " + profileId + " cannot be submitted yet; it still needs " + String.join("; ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
