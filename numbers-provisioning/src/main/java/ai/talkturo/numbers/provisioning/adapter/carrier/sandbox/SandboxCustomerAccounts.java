package ai.talkturo.numbers.provisioning.adapter.carrier.sandbox;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.CarrierCredentials;
import ai.talkturo.numbers.provisioning.port.CredentialsRefused;
import ai.talkturo.numbers.provisioning.port.CustomerAccounts;
import ai.talkturo.numbers.provisioning.port.HeldNumber;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's numbers "owned elsewhere" ({@code sandbox_elsewhere_numbers}: +1 646 555 0100 to 0109), held by a
 * customer's own sandbox account, which any non-blank {@code apiKey} opens. Importing one points its voice URL at
 * Numbers; releasing it puts the old URL back. Each call commits on its own, as a carrier's account would.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class SandboxCustomerAccounts implements CustomerAccounts {

    static final String API_KEY = "apiKey";

    @Inject
    SandboxElsewhere elsewhere;
    @Inject
    SandboxCarrier sandbox;
    @Inject
    @ConfigProperty(name = "numbers.public-base-url")
    String publicBaseUrl;

    /** The sandbox's tables exist only where it is the carrier. */
    @Override
    public boolean onlyWhileChosen() {
        return true;
    }

    @Override
    public String name() {
        return SandboxExchange.NAME;
    }

    @Override
    public List<String> credentialNames() {
        return List.of(API_KEY);
    }

    @Override
    public String accountName(CarrierCredentials credentials) {
        return null;
    }

    @Override
    public Optional<HeldNumber> find(CarrierCredentials credentials, E164Number number) {
        requireKey(credentials);
        return elsewhere.voiceUrlOf(number.value())
                .map(voiceUrl -> new HeldNumber(number, number.value(), number.numberType(), List.of("voice", "sms"),
                        Json.createObjectBuilder().add("voiceUrl", voiceUrl).build().toString()));
    }

    @Override
    public String pointAtNumbers(CarrierCredentials credentials, HeldNumber number) {
        requireKey(credentials);
        elsewhere.point(number.carrierReference(), voiceUrl());
        return number.voiceSettings();
    }

    @Override
    public void giveBack(CarrierCredentials credentials, String carrierReference, String kept) {
        requireKey(credentials);
        JsonObject settings = Json.createReader(new StringReader(kept)).readObject();
        elsewhere.point(carrierReference, settings.getString("voiceUrl"));
    }

    @Override
    public PlacedCall dial(CarrierCredentials credentials, String kept, CallRequest request) {
        requireKey(credentials);
        boolean pointed = elsewhere.voiceUrlOf(request.from().value()).map(voiceUrl()::equals).orElse(false);
        if (!pointed) {
            return PlacedCall.refused(request.from() + " is not in the customer's sandbox account any more");
        }
        return sandbox.dialFromCustomerAccount(request);
    }

    private String voiceUrl() {
        return publicBaseUrl.replaceFirst("/+$", "") + "/webhooks/twilio/voice";
    }

    private static void requireKey(CarrierCredentials credentials) {
        String key = credentials.value(API_KEY);
        if (key == null || key.isBlank()) {
            throw new CredentialsRefused("The sandbox opens a customer's own account with any apiKey, and none was given");
        }
    }
}
