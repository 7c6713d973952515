package ai.talkturo.numbers.provisioning.port;

import ai.talkturo.numbers.domain.number.E164Number;
import java.util.List;
import java.util.Optional;

/**
 * A carrier reached through a customer's own account there, with the customer's credentials: where the numbers a
 * customer brings to Numbers live. Numbers points such a number's calls at itself and, when it is released, gives
 * its old voice settings back; the number never leaves the customer's account.
 *
 * <p>Failures: {@link CarrierUnavailable} when the carrier cannot be reached or fails; {@link CredentialsRefused}
 * when it does not accept the credentials.
 */
public interface CustomerAccounts {

    /** The carrier's name, as a number's {@code provider}: {@code sandbox}, {@code twilio} or {@code telnyx}. */
    String name();

    /**
     * Whether customers may bring numbers from accounts here only while this is the carrier Numbers buys from: the
     * sandbox's pretend accounts, whose tables exist only then.
     */
    default boolean onlyWhileChosen() {
        return false;
    }

    /** The names of the credentials this carrier needs, in the order a form asks for them. */
    List<String> credentialNames();

    /**
     * What of the credentials names the account and may be kept readable (Twilio's account SID, which its webhooks
     * carry), or {@code null} when nothing does.
     */
    String accountName(CarrierCredentials credentials);

    /** The number as that account holds it now, or empty when the account does not hold it. */
    Optional<HeldNumber> find(CarrierCredentials credentials, E164Number number);

    /**
     * Points the number's incoming calls at Numbers.
     *
     * @return what to keep for the day the number leaves: its voice settings before, and whatever was set up in the
     * customer's account for Numbers; handed back to {@link #giveBack} and {@link #dial}
     */
    String pointAtNumbers(CarrierCredentials credentials, HeldNumber number);

    /**
     * Gives the number back the voice settings kept when it was brought in, and removes what was set up for Numbers.
     * A number the account no longer holds is not an error.
     */
    void giveBack(CarrierCredentials credentials, String carrierReference, String kept);

    /** Places an outbound call from a number brought in from this account, as {@link Carrier#dial} does. */
    PlacedCall dial(CarrierCredentials credentials, String kept, CallRequest request);
}
