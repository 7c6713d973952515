package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.CredentialsRefused;
import ai.talkturo.numbers.provisioning.port.HeldNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers of a customer's own Twilio account, through {@link TwilioWire} opened with the customer's
 * credentials: find one ({@code GET …/IncomingPhoneNumbers.json?PhoneNumber=}), point its voice URL and status
 * callback at Numbers, and give it back the settings it had ({@code POST …/IncomingPhoneNumbers/{Sid}.json}).
 */
final class TwilioOwnedNumbers {

    /** The voice settings kept, by Twilio's names in its answers and the form fields that set them. */
    private static final Map<String, String> KEPT = Map.of(
            "voice_url", "VoiceUrl",
            "voice_method", "VoiceMethod",
            "status_callback", "StatusCallback",
            "status_callback_method", "StatusCallbackMethod",
            "voice_application_sid", "VoiceApplicationSid",
            "trunk_sid", "TrunkSid");

    private final TwilioWire wire;
    private final TwilioSettings settings;

    TwilioOwnedNumbers(TwilioWire wire, TwilioSettings settings) {
        this.wire = wire;
        this.settings = settings;
    }

    Optional<HeldNumber> find(E164Number number) {
        WebTarget target = wire.account().path("IncomingPhoneNumbers.json").queryParam("PhoneNumber", number.value());
        String what = "look up " + number + " in the customer's account";
        TwilioWire.Answer answer = wire.get(what, target);
        refuseCredentials(answer);
        if (answer.status() != 200) {
            throw TwilioWire.unavailable(what, answer);
        }
        JsonObject json = answer.json().orElseThrow(() -> TwilioWire.unavailable(what, answer));
        return CarrierJson.objects(json, "incoming_phone_numbers").stream()
                .filter(owned -> number.value().equals(CarrierJson.text(owned, "phone_number")))
                .filter(owned -> CarrierJson.text(owned, "sid") != null)
                .findFirst()
                .map(owned -> new HeldNumber(number, CarrierJson.text(owned, "sid"), number.numberType(),
                        TwilioAvailableNumbers.features(owned), kept(owned)));
    }

    /** Calls to the number come to Numbers; a TwiML application or SIP trunk on it is taken off, to be put back. */
    void pointAtNumbers(HeldNumber number) {
        JsonObject kept = read(number.voiceSettings());
        Form form = new Form()
                .param("VoiceUrl", settings.voiceUrl())
                .param("VoiceMethod", "POST")
                .param("StatusCallback", settings.statusCallbackUrl())
                .param("StatusCallbackMethod", "POST");
        if (!kept.getString("VoiceApplicationSid", "").isEmpty()) {
            form.param("VoiceApplicationSid", "");
        }
        if (!kept.getString("TrunkSid", "").isEmpty()) {
            form.param("TrunkSid", "");
        }
        update(number.carrierReference(), form, "point " + number.number() + " at Numbers");
    }

    /** Puts back every kept setting; a number the account no longer holds (404) needs nothing. */
    void giveBack(String sid, String kept) {
        JsonObject settings = read(kept);
        Form form = new Form();
        KEPT.values().stream().sorted().forEach(field -> {
            String value = settings.getString(field, "");
            boolean clearable = field.equals("VoiceUrl") || field.equals("StatusCallback");
            if (clearable || !value.isEmpty()) {
                form.param(field, value);
            }
        });
        update(sid, form, "give " + sid + " its voice settings back");
    }

    private void update(String sid, Form form, String what) {
        WebTarget target = wire.account().path("IncomingPhoneNumbers").path(sid + ".json");
        TwilioWire.Answer answer;
        try {
            answer = wire.exchange(what, () -> wire.request(target).post(Entity.form(form)));
        } catch (ProcessingException e) {
            throw TwilioWire.unreachable(what, e);
        }
        refuseCredentials(answer);
        if (answer.status() == 404 && what.startsWith("give")) {
            return;
        }
        if (answer.status() != 200) {
            throw TwilioWire.unavailable(what, answer);
        }
    }

    private static String kept(JsonObject owned) {
        JsonObjectBuilder kept = Json.createObjectBuilder();
        KEPT.forEach((answerName, field) -> {
            String value = CarrierJson.text(owned, answerName);
            kept.add(field, value == null ? "" : value);
        });
        return kept.build().toString();
    }

    private static JsonObject read(String kept) {
        try (var reader = Json.createReader(new StringReader(kept))) {
            return reader.readObject();
        }
    }

    private static void refuseCredentials(TwilioWire.Answer answer) {
        if (answer.credentialsRefused()) {
            throw new CredentialsRefused("Twilio refused the account SID and auth token given for the customer's "
                    + "account: " + answer.error().describe());
        }
    }
}
