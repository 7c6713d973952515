package ai.talkturo.numbers.web.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/** A text field takes a JSON string and nothing else: {@code "name": 123} is a mistake to report, not to coerce. */
public class StrictStrings implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NULL -> null;
            case NUMBER -> throw wrongType("a number");
            case TRUE, FALSE -> throw wrongType("a boolean");
            case ARRAY -> throw wrongType("an array");
            case OBJECT -> throw wrongType("an object");
        };
    }

    private static JsonbException wrongType(String found) {
        return new JsonbException("expected a string but found " + found);
    }
}
