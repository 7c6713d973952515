package ai.talkturo.numbers.routing;

import ai.talkturo.numbers.domain.number.E164Number;
import java.util.Objects;

/** A person a new campaign is to call; {@code name} may be null. */
public record NewContact(E164Number phoneNumber, String name) {

    public NewContact {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
    }
}
