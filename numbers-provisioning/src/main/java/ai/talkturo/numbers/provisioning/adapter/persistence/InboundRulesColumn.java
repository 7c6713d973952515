package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.provisioning.InboundRulesJson;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;

/** Stores a number's inbound rules as the JSON the API shows; a number without rules keeps {@code null}. */
@Converter
public class InboundRulesColumn implements AttributeConverter<InboundRules, String> {

    @Override
    public String convertToDatabaseColumn(InboundRules rules) {
        return rules == null || rules.isEmpty() ? null : InboundRulesJson.json(rules).toString();
    }

    @Override
    public InboundRules convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return InboundRules.NONE;
        }
        try (JsonReader reader = Json.createReader(new StringReader(column))) {
            InboundRulesJson.Outcome read = InboundRulesJson.apply(InboundRules.NONE, reader.readValue(), "inbound", null);
            if (!read.isValid()) {
                throw new IllegalStateException("stored inbound rules no longer read: " + read.mistakes());
            }
            return read.rules();
        }
    }
}
