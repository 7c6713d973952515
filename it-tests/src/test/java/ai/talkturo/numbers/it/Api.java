package ai.talkturo.numbers.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A partner's view of Numbers: HTTP calls with a bearer key, answers read as JSON. */
final class Api {

    static final String OPERATOR_KEY = "it-operator-key";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Api(URL deployment) {
        this.base = URI.create(deployment.toString().replaceFirst("/?$", "/"));
    }

    record Answer(int status, String contentType, String text) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                return reader.readObject();
            }
        }

        String problemCode() {
            return json().getString("code");
        }
    }

    Answer get(String path, String key) {
        return send(request(path, key).GET());
    }

    Answer delete(String path, String key) {
        return send(request(path, key).DELETE());
    }

    Answer post(String path, String key, String body) {
        return send(withBody(request(path, key), "POST", body));
    }

    Answer patch(String path, String key, String body) {
        return send(withBody(request(path, key), "PATCH", body));
    }

    /** Every item of a paged list, following {@code nextCursor} to the end. */
    List<JsonObject> all(String path, String key, String field) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = get(path + "?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), key);
            if (page.status() != 200) {
                throw new AssertionError("listing " + path + " answered " + page);
            }
            items.addAll(page.json().getJsonArray(field).getValuesAs(JsonObject.class));
            cursor = page.json().getString("nextCursor", null);
        } while (cursor != null);
        return items;
    }

    /** Opens an account on {@code plan} and returns its partner key. */
    Account openAccount(String name, String plan) {
        Answer opened = post("api/admin/accounts", OPERATOR_KEY, "{\"name\": \"" + name + "\", \"plan\": \"" + plan + "\"}");
        if (opened.status() != 201) {
            throw new AssertionError("opening an account answered " + opened);
        }
        JsonObject json = opened.json();
        return new Account(json.getJsonObject("account").getString("id"), json.getString("apiKey"), json.getString("apiKeyId"));
    }

    record Account(String id, String key, String keyId) {
    }

    private HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return request;
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request, String method, String body) {
        return request.header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
