package ai.talkturo.numbers.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a JSON body that the request it is read into does not have, each by its path ({@code voicemail},
 * {@code callWindow.timezone}, {@code contacts[3].email}), so that a refusal names every one of them rather than
 * the first. A request is a class with public fields; a field of a JSON type (such as {@code credentials}) takes
 * any fields, a list's elements are checked as its element type.
 */
final class KnownFields {

    private static final JsonProvider JSON = JsonProvider.provider();

    private KnownFields() {
    }

    /** Every field of {@code body} (one well-formed JSON value) that {@code type} does not know. */
    static List<FieldError> unknownIn(byte[] body, Type type) {
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            parser.next();
            List<FieldError> unknown = new ArrayList<>();
            collect(parser.getValue(), type, "", unknown);
            return unknown;
        }
    }

    private static void collect(JsonValue value, Type type, String path, List<FieldError> unknown) {
        Class<?> raw = raw(type);
        if (raw == null || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (value instanceof JsonArray array && Collection.class.isAssignableFrom(raw)) {
            Type element = type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0] : null;
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), element, path + "[" + i + "]", unknown);
            }
            return;
        }
        if (!(value instanceof JsonObject object) || !isRequest(raw)) {
            return;
        }
        for (String name : object.keySet()) {
            String field = path.isEmpty() ? name : path + "." + name;
            Optional<Field> known = publicField(raw, name);
            if (known.isEmpty()) {
                unknown.add(new FieldError(field, "is not a field of this request"));
            } else {
                collect(object.get(name), known.get().getGenericType(), field, unknown);
            }
        }
    }

    /** A class of ours with public fields, not a JDK type such as {@code String} or {@code Integer}. */
    private static boolean isRequest(Class<?> type) {
        return !type.isPrimitive() && !type.getName().startsWith("java.");
    }

    private static Optional<Field> publicField(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers()) ? Optional.empty() : Optional.of(field);
        } catch (NoSuchFieldException unknown) {
            return Optional.empty();
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> plain) {
            return plain;
        }
        return null;
    }
}
