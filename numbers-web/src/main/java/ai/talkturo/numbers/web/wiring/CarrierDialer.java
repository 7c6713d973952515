package ai.talkturo.numbers.web.wiring;

import ai.talkturo.numbers.domain.call.CallStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.domain.number.PhoneNumbers;
import ai.talkturo.numbers.provisioning.DialThroughCarrier;
import ai.talkturo.numbers.provisioning.SecretsKeyMissing;
import ai.talkturo.numbers.provisioning.port.CallRequest;
import ai.talkturo.numbers.provisioning.port.CarrierRefusal;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.CredentialsRefused;
import ai.talkturo.numbers.provisioning.port.PlacedCall;
import ai.talkturo.numbers.routing.port.DialFailed;
import ai.talkturo.numbers.routing.port.DialRequest;
import ai.talkturo.numbers.routing.port.Dialer;
import ai.talkturo.numbers.routing.port.Dialled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Routing's {@link Dialer} over provisioning's carriers: a number's calls go through the carrier it was bought from,
 * or through the customer's own carrier account it was brought from.
 */
@ApplicationScoped
public class CarrierDialer implements Dialer {

    @Inject
    PhoneNumbers phoneNumbers;
    @Inject
    DialThroughCarrier dialThroughCarrier;

    @Override
    public String carrierOf(String phoneNumberId) {
        return phoneNumbers.byId(phoneNumberId)
                .map(PhoneNumber::provider)
                .orElseThrow(() -> new IllegalStateException("no number " + phoneNumberId));
    }

    @Override
    public Dialled dial(DialRequest request) {
        try {
            PlacedCall placed = dialThroughCarrier.dial(request.phoneNumberId(), request.provider(),
                    new CallRequest(request.callId(), request.from(), request.to(), request.streamUrl(),
                            request.voicemail()));
            return new Dialled(placed.carrierCallId(), placed.status(), placed.failureReason());
        } catch (CarrierRefusal | CredentialsRefused | SecretsKeyMissing refusal) {
            return new Dialled(null, CallStatus.FAILED, refusal.getMessage());
        } catch (CarrierUnavailable unavailable) {
            throw new DialFailed(unavailable.getMessage(), unavailable);
        }
    }
}
