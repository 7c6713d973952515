package ai.talkturo.numbers.provisioning.adapter.carrier;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Lenient reading of the carriers' JSON answers and events: unknown fields are ignored, a value may come as a string
 * or a number, a field of an unexpected kind reads as absent, every reader accepts a null object, and a body that is
 * not a JSON object reads as none.
 */
public final class CarrierJson {

    /** Carriers nest their events a few levels deep; far deeper is no carrier, and would cost the reader its stack. */
    public static final int DEEPEST = 32;

    private CarrierJson() {
    }

    /** The JSON object in {@code text}, or empty when there is none (or it is nested deeper than {@value #DEEPEST}). */
    public static Optional<JsonObject> parse(String text) {
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

    /** The field as text, whether a string or a number, without surrounding blanks; null when absent or empty. */
    public static String text(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        String text = null;
        if (value instanceof JsonString string) {
            text = string.getString();
        } else if (value instanceof JsonNumber number) {
            text = number.toString();
        }
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The field as a whole number, given as a number or as a numeric string; 0 otherwise. */
    public static int integer(JsonObject object, String name) {
        String text = text(object, name);
        if (text == null) {
            return 0;
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return 0;
        }
    }

    /** {@code true} or {@code false} as JSON booleans or strings in any case; null when absent or anything else. */
    public static Boolean bool(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        String text = value instanceof JsonString string ? string.getString().strip() : "";
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        return text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    /** The object field; null when absent or not an object. */
    public static JsonObject object(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    /** The objects in the array {@code name}; values of other kinds are skipped, and no array reads as empty. */
    public static List<JsonObject> objects(JsonObject object, String name) {
        JsonValue value = object == null ? null : object.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return value.asJsonArray().stream()
                .filter(item -> item.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .toList();
    }

    /** An ISO-8601 time with an offset; null when absent or unreadable. */
    public static Instant instant(JsonObject object, String name) {
        String text = text(object, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
