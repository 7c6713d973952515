package ai.talkturo.numbers.web.partners.port;

import ai.talkturo.numbers.domain.call.CallStatusChanged;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** An outbound call as the {@code data} of {@code call.status_changed} shows it. */
final class CallData {

    private CallData() {
    }

    static JsonObject of(CallStatusChanged change) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", change.callId())
                .add("accountId", change.accountId());
        PartnerEvent.addOrNull(json, "assistantId", change.assistantId());
        PartnerEvent.addOrNull(json, "phoneNumberId", change.phoneNumberId());
        PartnerEvent.addOrNull(json, "from", change.from());
        PartnerEvent.addOrNull(json, "to", change.to());
        json.add("status", change.status().apiName());
        PartnerEvent.addOrNull(json, "previousStatus", change.previousStatus() == null ? null : change.previousStatus().apiName());
        PartnerEvent.addOrNull(json, "failureReason", change.failureReason());
        PartnerEvent.addOrNull(json, "campaignId", change.campaignId());
        PartnerEvent.addOrNull(json, "contactId", change.contactId());
        return json.build();
    }
}
