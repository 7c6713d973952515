package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.campaign.VoicemailMode;
import ai.talkturo.numbers.domain.number.E164Number;
import java.util.Objects;

/**
 * An outbound call to place. {@code reference} is the product's id of the call ({@code call_…}): adapters hand it to
 * the carrier where the carrier echoes it back in its reports (Twilio's status callback URL, Telnyx's
 * {@code client_state}), so that a report finds its call even before the carrier's answer to the dial is stored.
 * {@code from} is a number bought from the carrier; {@code streamUrl} is where the answered call's audio goes, for
 * carriers that stream without asking for instructions first. {@code voicemail}, for a campaign's call, asks the
 * carrier to tell a machine from a person and says what a machine's answer does; null for a call on its own.
 */
public record CallRequest(String reference, E164Number from, E164Number to, String streamUrl, VoicemailMode voicemail) {

    /**
     * The query a campaign's call that hangs up on machines carries on the webhook URL the carrier calls for it
     * (Twilio's voice URL, Telnyx's call events), so that the webhook knows to hang up when a machine answers.
     */
    public static final String HANG_UP_ON_MACHINES = "voicemail=hang-up";

    public CallRequest {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** A call on its own: no machine detection. */
    public CallRequest(String reference, E164Number from, E164Number to, String streamUrl) {
        this(reference, from, to, streamUrl, null);
    }
}
