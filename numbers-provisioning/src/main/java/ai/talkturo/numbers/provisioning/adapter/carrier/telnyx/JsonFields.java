package ai.talkturo.numbers.provisioning.adapter.carrier.telnyx;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Lenient reading of Telnyx's JSON: a field of an unexpected kind reads as absent, unknown fields are ignored,
 * and a body that is not a JSON object reads as an empty one.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** Telnyx nests its events a few levels deep; far deeper is not Telnyx, and would cost the reader its stack. */
    static final int DEEPEST = 32;

    /** The JSON object in {@code text}, or empty when there is none (or it is nested deeper than {@value #DEEPEST}). */
    static Optional<JsonObject> parse(String text) {
        if (text == null || text.isBlank() || tooDeep(text)) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT
                    ? Optional.of(value.asJsonObject())
                    : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static boolean tooDeep(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > DEEPEST) {
                        return true;
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            }
            return false;
        } catch (JsonException | IllegalStateException malformed) {
            return false;
        }
    }

    static String string(JsonObject object, String name) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(name);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return null;
    }

    static JsonObject object(JsonObject object, String name) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    /** The objects in the array {@code name}; values of other kinds are skipped. */
    static List<JsonObject> objects(JsonObject object, String name) {
        if (object == null) {
            return List.of();
        }
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        return array.stream()
                .filter(item -> item.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .toList();
    }

    /** {@code true} or {@code false} as JSON booleans or strings; null when absent or anything else. */
    static Boolean bool(JsonObject object, String name) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        if (value instanceof JsonString text) {
            String s = text.getString().trim();
            if (s.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (s.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** An ISO-8601 time with an offset, or null when absent or unreadable. */
    static Instant instant(JsonObject object, String name) {
        String text = string(object, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
