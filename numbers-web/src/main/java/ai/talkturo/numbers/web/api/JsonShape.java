package ai.talkturo.numbers.web.api;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;

/**
 * What a JSON body must be before it is read into a request: one JSON value and nothing after it, nested at most
 * {@value #DEEPEST} levels. Checked with a streaming parser, so a body nested ten thousand levels deep costs a
 * loop, not the stack.
 */
final class JsonShape {

    /** Looked up once: {@code Json.createParser} looks the provider up again on each call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int DEEPEST = 32;

    private JsonShape() {
    }

    /** @throws InvalidRequest when the body is not one well-formed JSON value of a reasonable depth */
    static void check(byte[] body) {
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            do {
                if (!parser.hasNext()) {
                    throw new InvalidRequest("body", "a JSON body is required");
                }
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > DEEPEST) {
                            throw new InvalidRequest("body", "JSON nested deeper than " + DEEPEST + " levels");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> {
                    }
                }
            } while (depth > 0);
            if (parser.hasNext()) {
                throw new InvalidRequest("body", "content after the JSON value");
            }
        } catch (JsonParsingException malformed) {
            throw new InvalidRequest("body", "malformed JSON: " + malformed.getMessage());
        }
    }
}
