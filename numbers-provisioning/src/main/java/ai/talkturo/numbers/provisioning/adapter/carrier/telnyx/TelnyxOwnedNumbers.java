package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.provisioning.adapter.carrier.CarrierJson;
import ai.talkturo.numbers.provisioning.port.CarrierUnavailable;
import ai.talkturo.numbers.provisioning.port.CredentialsRefused;
import ai.talkturo.numbers.provisioning.port.HeldNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers of a customer's own Telnyx account, through {@link TelnyxWire} opened with the customer's API key. A
 * Telnyx number answers calls through the connection it is attached to, so pointing one at Numbers creates a TeXML
 * application in the customer's account whose voice URL is ours ({@code POST /v2/texml_applications}) and attaches
 * the number to it ({@code PATCH /v2/phone_numbers/{id}}); giving it back attaches it to its old connection again
 * and deletes that application. The settings kept are the old {@code connection_id} and the application's id.
 */
final class TelnyxOwnedNumbers {

    static final String OLD_CONNECTION = "connectionId";
    static final String NUMBERS_CONNECTION = "numbersConnectionId";

    private final TelnyxWire wire;
    private final String voiceUrl;
    private final String statusUrl;

    TelnyxOwnedNumbers(TelnyxWire wire, String voiceUrl, String statusUrl) {
        this.wire = wire;
        this.voiceUrl = voiceUrl;
        this.statusUrl = statusUrl;
    }

    Optional<HeldNumber> find(E164Number number) {
        String action = "the look-up of " + number + " in the customer's account";
        TelnyxWire.Answer answer = wire.read(action, () -> wire.request(TelnyxWire.withQuery(wire.target("v2/phone_numbers"),
                Map.of("filter[phone_number]", number.value()))).buildGet());
        refuseKey(answer);
        if (!answer.successful()) {
            throw TelnyxWire.unavailable(action, answer);
        }
        return CarrierJson.objects(answer.body(), "data").stream()
                .filter(held -> number.value().equals(CarrierJson.text(held, "phone_number")))
                .filter(held -> CarrierJson.text(held, "id") != null)
                .findFirst()
                .map(held -> new HeldNumber(number, CarrierJson.text(held, "id"), number.numberType(),
                        List.of("voice"), kept(CarrierJson.text(held, "connection_id"), null)));
    }

    /** @return the kept settings with the id of the application created for Numbers */
    String pointAtNumbers(HeldNumber number) {
        JsonObject application = Json.createObjectBuilder()
                .add("friendly_name", "Numbers " + number.number().value())
                .add("voice_url", voiceUrl)
                .add("voice_method", "post")
                .add("status_callback", statusUrl)
                .add("status_callback_method", "post")
                .build();
        String action = "the TeXML application for " + number.number();
        TelnyxWire.Answer created = post(action, "v2/texml_applications", application);
        String applicationId = CarrierJson.text(CarrierJson.object(created.body(), "data"), "id");
        if (applicationId == null) {
            throw new CarrierUnavailable("Telnyx created " + action + " but answered without its id");
        }
        try {
            attach(number.carrierReference(), applicationId, "the attachment of " + number.number() + " to Numbers");
        } catch (RuntimeException failed) {
            try {
                deleteApplication(applicationId);
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed instanceof NoSuchNumber ? new CarrierUnavailable("Telnyx no longer has " + number.number()
                    + " in the customer's account") : failed;
        }
        return kept(read(number.voiceSettings()).getString(OLD_CONNECTION, null), applicationId);
    }

    /** A number the account no longer holds, or an application gone already (404), needs nothing. */
    void giveBack(String phoneNumberId, String kept) {
        JsonObject settings = read(kept);
        String oldConnection = settings.getString(OLD_CONNECTION, null);
        try {
            attach(phoneNumberId, oldConnection, "giving " + phoneNumberId + " its connection back");
        } catch (NoSuchNumber gone) {
            // released from the customer's account meanwhile: nothing to give back
        }
        String applicationId = settings.getString(NUMBERS_CONNECTION, null);
        if (applicationId != null) {
            deleteApplication(applicationId);
        }
    }

    private void deleteApplication(String applicationId) {
        String action = "the deletion of Numbers' TeXML application " + applicationId;
        TelnyxWire.Answer answer = wire.read(action, () -> wire.request(wire.target("v2/texml_applications")
                .path("{id}").resolveTemplate("id", applicationId)).buildDelete());
        refuseKey(answer);
        if (!answer.successful() && answer.status() != 404) {
            throw TelnyxWire.unavailable(action, answer);
        }
    }

    private void attach(String phoneNumberId, String connectionId, String action) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (connectionId == null) {
            body.addNull("connection_id");
        } else {
            body.add("connection_id", connectionId);
        }
        TelnyxWire.Answer answer = wire.patch(action, "v2/phone_numbers/" + phoneNumberId, body.build().toString());
        refuseKey(answer);
        if (!answer.successful() && answer.status() != 404) {
            throw TelnyxWire.unavailable(action, answer);
        }
        if (answer.status() == 404) {
            throw new NoSuchNumber();
        }
    }

    private TelnyxWire.Answer post(String action, String path, JsonObject body) {
        TelnyxWire.Answer answer;
        try {
            answer = wire.exchange(action, () -> wire.request(wire.target(path))
                    .build("POST", Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE)));
        } catch (ProcessingException e) {
            throw new CarrierUnavailable("Telnyx did not answer " + action + ": " + e.getMessage(), e);
        }
        refuseKey(answer);
        if (!answer.successful() && answer.status() != 404) {
            throw TelnyxWire.unavailable(action, answer);
        }
        return answer;
    }

    static String kept(String oldConnection, String numbersConnection) {
        JsonObjectBuilder kept = Json.createObjectBuilder();
        if (oldConnection != null) {
            kept.add(OLD_CONNECTION, oldConnection);
        }
        if (numbersConnection != null) {
            kept.add(NUMBERS_CONNECTION, numbersConnection);
        }
        return kept.build().toString();
    }

    static JsonObject read(String kept) {
        try (var reader = Json.createReader(new StringReader(kept))) {
            return reader.readObject();
        }
    }

    private static void refuseKey(TelnyxWire.Answer answer) {
        if (answer.keyRefused()) {
            throw new CredentialsRefused("Telnyx refused the API key given for the customer's account: "
                    + answer.error().summary());
        }
    }

    /** The number is not in the customer's account any more. */
    private static final class NoSuchNumber extends RuntimeException {
        NoSuchNumber() {
            super(null, null, false, false);
        }
    }
}
