package ai.talkturo.numbers.provisioning.adapter.carrier.twilio;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * Reads Twilio's answers leniently: unknown fields are ignored, a value may come as a string or a number, a field
 * may be missing or {@code null}.
 */
final class TwilioJson {

    private TwilioJson() {
    }

    /** The body as a JSON object; empty when it is not one. */
    static Optional<JsonObject> object(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject()) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The field as text whether it is a string, a number or a boolean; null when missing, null or empty. */
    static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return null;
        }
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> null;
        };
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The field as a whole number, given as a number or as a numeric string; 0 otherwise. */
    static int integer(JsonObject object, String key) {
        String text = text(object, key);
        if (text == null) {
            return 0;
        }
        try {
            return new java.math.BigDecimal(text).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return 0;
        }
    }

    /** Whether the value means yes: JSON {@code true} or the string {@code "true"} in any case. */
    static boolean truth(JsonValue value) {
        return value != null && (value.getValueType() == JsonValue.ValueType.TRUE
                || value.getValueType() == JsonValue.ValueType.STRING && "true".equalsIgnoreCase(((JsonString) value).getString()));
    }

    /** The objects of an array field; empty when the field is missing or not an array. */
    static List<JsonObject> objects(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return ((JsonArray) value).stream()
                .filter(item -> item.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .toList();
    }

    /** An object field; empty when missing or not an object. */
    static Optional<JsonObject> child(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
                ? Optional.of(value.asJsonObject()) : Optional.empty();
    }
}
