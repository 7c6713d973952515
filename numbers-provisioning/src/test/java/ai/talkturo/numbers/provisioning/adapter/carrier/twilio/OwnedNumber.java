package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import java.time.Instant;

/**
 * A number the simulated account bought: its {@code sid} ({@code PN} and 32 hexadecimal digits) and what the
 * purchase set on it.
 */
public record OwnedNumber(String sid, TwilioListing listing, String friendlyName, String voiceUrl, String voiceMethod,
                          String statusCallback, String addressSid, String bundleSid, Instant dateCreated) {

    public String phoneNumber() {
        return listing.phoneNumber();
    }
}
