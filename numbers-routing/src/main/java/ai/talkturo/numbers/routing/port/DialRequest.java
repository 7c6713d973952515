package ai.talkturo.numbers.routing.port;

import ai.talkturo.numbers.domain.number.E164Number;
import java.util.Objects;

/**
 * A call to place: the product's id of it, the caller ID's number ({@code phoneNumberId}, {@code from}) and its
 * carrier, the number called, and where the answered call's audio goes.
 */
public record DialRequest(String callId, String phoneNumberId, String provider, E164Number from, E164Number to,
                          String streamUrl) {

    public DialRequest {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
