package ai.talkturo.numbers.provisioning.adapter.persistence;

import ai.talkturo.numbers.domain.number.InboundRules;
import ai.talkturo.numbers.provisioning.InboundRulesJson;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores a number's inbound rules as the JSON the API shows; a number without rules keeps {@code null}. Rules read
 * are immutable, so numbers stored with the same text share one object: a customer with the same hours and blocked
 * callers on ten thousand numbers keeps them in the routing table once, not ten thousand times.
 */
@Converter
public class InboundRulesColumn implements AttributeConverter<InboundRules, String> {

    /** Texts read, with their rules; kept up to this many, beyond which each row reads its own. */
    private static final int MOST_SHARED = 10_000;
    private static final Map<String, InboundRules> SHARED = new ConcurrentHashMap<>();

    @Override
    public String convertToDatabaseColumn(InboundRules rules) {
        return rules == null || rules.isEmpty() ? null : InboundRulesJson.json(rules).toString();
    }

    @Override
    public InboundRules convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return InboundRules.NONE;
        }
        InboundRules shared = SHARED.get(column);
        if (shared != null) {
            return shared;
        }
        InboundRules read = read(column);
        if (SHARED.size() < MOST_SHARED) {
            SHARED.putIfAbsent(column, read);
        }
        return read;
    }

    private static InboundRules read(String column) {
        try (JsonReader reader = Json.createReader(new StringReader(column))) {
            InboundRulesJson.Outcome read = InboundRulesJson.apply(InboundRules.NONE, reader.readValue(), "inbound", null);
            if (!read.isValid()) {
                throw new IllegalStateException("stored inbound rules no longer read: " + read.mistakes());
            }
            return read.rules();
        }
    }
}
