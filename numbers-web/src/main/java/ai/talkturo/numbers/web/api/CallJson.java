package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.call.Call;
import jakarta.json.bind.annotation.JsonbNillable;

/** An outbound call as the API shows it. */
@JsonbNillable
public record CallJson(String id, String from, String to, String assistantId, String status, String failureReason,
                       String phoneNumberId, String provider, String campaignId, String contactId, String createdAt,
                       String answeredAt, String endedAt, String updatedAt) {

    static CallJson of(Call call) {
        return new CallJson(call.id(), call.from().value(), call.to().value(), call.assistantId(),
                call.status().apiName(), call.failureReason(), call.phoneNumberId(), call.provider(), call.campaignId(),
                call.contactId(), Times.iso(call.createdAt()), Times.iso(call.answeredAt()), Times.iso(call.endedAt()),
                Times.iso(call.updatedAt()));
    }
}
