package ai.talkturo.numbers.web.partners.port;

import ai.talkturo.numbers.domain.number.NumberChanged;
import ai.talkturo.numbers.domain.number.NumberStatus;
import ai.talkturo.numbers.domain.number.PhoneNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Objects;

/**
 * A number as an event's {@code data} shows it: a few fields, named as the API names them, that partners can rely
 * on staying the same.
 *
 * @param previousStatus the status before the change; {@code null} when the event is not about a change of status
 */
public record NumberData(String id, String accountId, String phoneNumber, NumberStatus status,
                         NumberStatus previousStatus, String statusReason, String assistantId, boolean trial,
                         Instant expiresAt) {

    public NumberData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(status, "status");
    }

    /** The number as it is now. */
    public static NumberData of(PhoneNumber number) {
        return new NumberData(number.id(), number.accountId(), number.number().value(), number.status(), null,
                number.statusReason(), number.assistantId(), number.trial(), number.expiresAt());
    }

    /** The number after a change: the statuses the change names, the rest as the number stands once changed. */
    public static NumberData after(NumberChanged change, PhoneNumber number) {
        return new NumberData(change.phoneNumberId(), change.accountId(), change.phoneNumber(), change.status(),
                change.previousStatus(), number.statusReason(), number.assistantId(), number.trial(), number.expiresAt());
    }

    public JsonObject json() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", id)
                .add("accountId", accountId)
                .add("phoneNumber", phoneNumber)
                .add("status", status.apiName());
        PartnerEvent.addOrNull(json, "previousStatus", previousStatus == null ? null : previousStatus.apiName());
        PartnerEvent.addOrNull(json, "statusReason", statusReason);
        PartnerEvent.addOrNull(json, "assistantId", assistantId);
        json.add("trial", trial);
        PartnerEvent.addOrNull(json, "expiresAt", PartnerEvent.iso(expiresAt));
        return json.build();
    }
}
