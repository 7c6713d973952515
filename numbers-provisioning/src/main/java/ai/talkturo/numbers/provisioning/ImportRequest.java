package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import java.util.Objects;

/** A customer asks to bring a number from their own account at {@code provider}, optionally for an assistant. */
public record ImportRequest(String provider, E164Number number, CarrierCredentials credentials, String assistantId) {

    public ImportRequest {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(credentials, "credentials");
    }
}
