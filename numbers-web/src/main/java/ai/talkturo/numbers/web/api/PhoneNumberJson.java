package ai.talkturo.numbers.web.api;

import ai.talkturo.numbers.domain.number.PhoneNumber;
import ai.talkturo.numbers.provisioning.InboundRulesJson;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A phone number as the API shows it. */
@JsonbNillable
public record PhoneNumberJson(String id, String phoneNumber, String countryCode, String numberType, String status,
                              String statusReason, String assistantId, boolean trial, String expiresAt,
                              String monthlyPrice, String setupPrice, List<String> features, String provider,
                              String origin, String createdAt, String activatedAt, String updatedAt,
                              JsonObject inbound) {

    static PhoneNumberJson of(PhoneNumber number) {
        return new PhoneNumberJson(number.id(), number.number().value(), number.number().regionCode(),
                number.numberType().apiName(), number.status().apiName(), number.statusReason(), number.assistantId(),
                number.trial(), Times.iso(number.expiresAt()), number.price().monthly().toPlainString(),
                number.price().setup().toPlainString(), number.features(), number.provider(),
                number.origin().apiName(), Times.iso(number.createdAt()), Times.iso(number.activatedAt()),
                Times.iso(number.updatedAt()),
                InboundRulesJson.json(number.inboundRules()));
    }
}
