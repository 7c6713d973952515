package ai.talkturo.numbers.routing.port;

import ai.talkturo.numbers.domain.campaign.VoicemailMode;
import ai.talkturo.numbers.domain.number.E164Number;
import java.util.Objects;

/**
 * A call to place: the product's id of it, the caller ID's number ({@code phoneNumberId}, {@code from}) and its
 * carrier, the number called, where the answered call's audio goes, and, for a campaign's call, what to do when a
 * machine answers ({@code voicemail}: the carrier is asked to tell machines apart; null for a call on its own).
 */
public record DialRequest(String callId, String phoneNumberId, String provider, E164Number from, E164Number to,
                          String streamUrl, VoicemailMode voicemail) {

    public DialRequest {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(phoneNumberId, "phoneNumberId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
