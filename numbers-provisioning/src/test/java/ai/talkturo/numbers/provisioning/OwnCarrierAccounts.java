package ai.talkturo.numbers.provisioning;

import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import ai.talkturo.numbers.provisioning.port.CredentialsRefused;
import ai.talkturo.numbers.provisioning.port.CustomerAccounts;
import ai.talkturo.numbers.provisioning.port.HeldNumber;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers' own accounts at a carrier: each account (its {@code apiKey}) holds numbers with a voice URL of their
 * own, which pointing at Numbers replaces and giving back restores; calls placed
 * through them are recorded with the key they were placed with.
 */
final class OwnCarrierAccounts implements CustomerAccounts {

    static final String NAME = "own";

    private final Map<String, Map<E164Number, String>> voiceUrls = new HashMap<>();
    /** The calls placed, each with the apiKey it was placed with. */
    final Map<String, CallRequest> dialled = new HashMap<>();

    static CarrierCredentials key(String apiKey) {
        return new CarrierCredentials(Map.of("apiKey", apiKey));
    }

    void holds(String apiKey, E164Number number, String voiceUrl) {
        voiceUrls.computeIfAbsent(apiKey, key -> new HashMap<>()).put(number, voiceUrl);
    }

    String voiceUrl(String apiKey, E164Number number) {
        return voiceUrls.get(apiKey).get(number);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> credentialNames() {
        return List.of("apiKey");
    }

    @Override
    public String accountName(CarrierCredentials credentials) {
        return "account-" + credentials.value("apiKey");
    }

    @Override
    public Optional<HeldNumber> find(CarrierCredentials credentials, E164Number number) {
        Map<E164Number, String> held = voiceUrls.get(credentials.value("apiKey"));
        if (held == null) {
            throw new CredentialsRefused("the carrier does not know this apiKey");
        }
        return Optional.ofNullable(held.get(number)).map(url -> new HeldNumber(number, "OWN-" + number.value(),
                number.numberType(), List.of("voice"), url));
    }

    @Override
    public String pointAtNumbers(CarrierCredentials credentials, HeldNumber number) {
        voiceUrls.get(credentials.value("apiKey")).put(number.number(), "https://numbers.example/webhooks/own/voice");
        return number.voiceSettings();
    }

    @Override
    public void giveBack(CarrierCredentials credentials, String carrierReference, String kept) {
        E164Number number = E164Number.of(carrierReference.substring("OWN-".length()));
        voiceUrls.get(credentials.value("apiKey")).put(number, kept);
    }

    @Override
    public PlacedCall dial(CarrierCredentials credentials, String kept, CallRequest request) {
        dialled.put(credentials.value("apiKey"), request);
        return PlacedCall.accepted("OWN-CA-" + request.reference(), CallStatus.QUEUED);
    }
}
