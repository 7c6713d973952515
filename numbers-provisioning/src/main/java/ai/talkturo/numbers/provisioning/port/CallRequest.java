package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.number.E164Number;
import java.util.Objects;

/**
 * An outbound call to place. {@code reference} is the product's id of the call ({@code call_…}): adapters hand it to
 * the carrier where the carrier echoes it back in its reports (Twilio's status callback URL, Telnyx's
 * {@code client_state}), so that a report finds its call even before the carrier's answer to the dial is stored.
 * {@code from} is a number bought from the carrier; {@code streamUrl} is where the answered call's audio goes, for
 * carriers that stream without asking for instructions first.
 */
public record CallRequest(String reference, E164Number from, E164Number to, String streamUrl) {

    public CallRequest {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
