package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import java.util.Optional;

/** The sandbox's numbers "owned elsewhere", each with the voice URL its customer's own account points it at. */
public interface SandboxElsewhere {

    /** The voice URL of the number, or empty when it is not one of them. */
    Optional<String> voiceUrlOf(String phoneNumber);

    /** Points the number's calls at {@code voiceUrl}; a number that is not one of them is left alone. */
    void point(String phoneNumber, String voiceUrl);
}
