package ai.talkturo.numbers.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A partner's view of Numbers: HTTP calls with a bearer key, answers read as JSON. */
public final class Api {

    public static final String OPERATOR_KEY = "it-operator-key";
    /**
     * A campaign's call window that holds all day every day, as a field of its body: a test's campaign dials at
     * whatever hour the test runs, where the default window (08:00–21:00 in each contact's time) would make it wait.
     */
    public static final String ALL_DAY = "\"callWindow\": {\"start\": \"00:00\", \"end\": \"24:00\"}";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Api(URL deployment) {
        this.base = root(deployment);
    }

    /**
     * {@code path} (relative, such as {@code webhooks/twilio/voice}) under the deployment, whether or not the URL
     * Arquillian handed over ends in a slash.
     */
    public static URI resolve(URL deployment, String path) {
        return root(deployment).resolve(path);
    }

    private static URI root(URL deployment) {
        return URI.create(deployment.toString().replaceFirst("/?$", "/"));
    }

    public record Answer(int status, String contentType, String text) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                return reader.readObject();
            }
        }

        public String problemCode() {
            return json().getString("code");
        }
    }

    public Answer get(String path, String key) {
        return send(request(path, key).GET());
    }

    public Answer send(String method, String path, String key) {
        return send(request(path, key).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    public Answer delete(String path, String key) {
        return send(request(path, key).DELETE());
    }

    public Answer post(String path, String key, String body) {
        return send(withBody(request(path, key), "POST", body));
    }

    public Answer post(String path, String key, String body, String idempotencyKey) {
        return send(withBody(request(path, key).header("Idempotency-Key", idempotencyKey), "POST", body));
    }

    public Answer put(String path, String key, String body) {
        return send(withBody(request(path, key), "PUT", body));
    }

    public Answer patch(String path, String key, String body) {
        return send(withBody(request(path, key), "PATCH", body));
    }

    /** Uploads one file as {@code multipart/form-data}, with a {@code type} field beside it unless it is null. */
    public Answer upload(String path, String key, String type, String fileName, byte[] content) {
        String boundary = "numbers-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (type != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, key).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * An approved compliance profile of a business for numbers of this country and type, with an address in
     * {@code city} and every kind of document, as the sandbox's review approves it; answers its id.
     */
    public String approvedProfile(String key, String country, String numberType, String city, Duration within) {
        Answer address = post("api/addresses", key, "{\"customerName\": \"Acme\", \"street\": \"Main Street 1\", "
                + "\"city\": \"" + city + "\", \"postalCode\": \"10117\", \"countryCode\": \"" + country + "\"}");
        Answer created = post("api/compliance-profiles", key, "{\"countryCode\": \"" + country + "\", \"numberType\": \""
                + numberType + "\", \"endUserType\": \"business\", \"endUser\": {\"name\": \"Acme\", \"email\": "
                + "\"ops@acme.example\", \"registrationNumber\": \"HRB 1\"}, \"addressId\": \""
                + address.json().getJsonObject("address").getString("id") + "\"}");
        if (created.status() != 201) {
            throw new AssertionError("creating a compliance profile answered " + created);
        }
        String id = created.json().getJsonObject("profile").getString("id");
        byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        for (String type : List.of("business_registration", "proof_of_address", "government_id")) {
            upload("api/compliance-profiles/" + id + "/documents", key, type, type + ".pdf", pdf);
        }
        Answer submitted = post("api/compliance-profiles/" + id + "/submit", key, null);
        if (submitted.status() != 200) {
            throw new AssertionError("submitting a compliance profile answered " + submitted);
        }
        await("compliance profile " + id + " approved", within, () -> get("api/compliance-profiles/" + id, key).json()
                .getJsonObject("profile").getString("status").equals("approved"));
        return id;
    }

    /** Every item of a paged list, following {@code nextCursor} to the end. */
    public List<JsonObject> all(String path, String key, String field) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = get(path + (path.contains("?") ? "&" : "?") + "limit=100" + (cursor == null ? "" : "&cursor=" + cursor), key);
            if (page.status() != 200) {
                throw new AssertionError("listing " + path + " answered " + page);
            }
            items.addAll(page.json().getJsonArray(field).getValuesAs(JsonObject.class));
            cursor = page.json().getString("nextCursor", null);
        } while (cursor != null);
        return items;
    }

    /** Polls a number until it has {@code status}, for at most {@code within}; answers its last JSON. */
    public JsonObject awaitStatus(String key, String phoneNumberId, String status, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        JsonObject number;
        do {
            number = get("api/phone-numbers/" + phoneNumberId, key).json().getJsonObject("phoneNumber");
            if (status.equals(number.getString("status"))) {
                return number;
            }
            pause(Duration.ofMillis(250));
        } while (System.nanoTime() < deadline);
        throw new AssertionError(phoneNumberId + " did not become " + status + " within " + within + ": " + number);
    }

    /**
     * Polls the operator's view of the routing table until the number's route has {@code status}, for at most
     * {@code within}; answers the route. The table follows a change just after its commit, so a change committed on
     * a background thread (an order settling) can be read from the database a moment before it routes.
     */
    public JsonObject awaitRoute(String phoneNumber, String status, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        JsonObject route;
        do {
            route = get("api/admin/routes/" + phoneNumber, OPERATOR_KEY).json().getJsonObject("route");
            if (status.equals(route.getString("status", null))) {
                return route;
            }
            pause(Duration.ofMillis(20));
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the route of " + phoneNumber + " did not become " + status + " within " + within + ": " + route);
    }

    /**
     * A number the carrier offers for this search ({@code filters} is the JSON inside "filters"), picked at random
     * among the offers so that tests running side by side rarely reach for the same one.
     */
    public String anOffer(String key, String filters) {
        Answer found = post("api/phone-numbers/search", key, "{\"filters\": " + filters + "}");
        if (found.status() != 200 || found.json().getJsonArray("numbers").isEmpty()) {
            throw new AssertionError("searching " + filters + " answered " + found);
        }
        var numbers = found.json().getJsonArray("numbers");
        return numbers.getJsonObject(java.util.concurrent.ThreadLocalRandom.current().nextInt(numbers.size())).getString("phoneNumber");
    }

    public Answer purchase(String key, String phoneNumber) {
        return post("api/phone-numbers/purchase", key, "{\"phoneNumber\": \"" + phoneNumber + "\"}");
    }

    /** Creates an assistant called {@code name} in the key's account; answers its id. */
    public String newAssistant(String key, String name) {
        Answer created = post("api/assistants", key, "{\"name\": \"" + name + "\"}");
        if (created.status() != 201) {
            throw new AssertionError("creating an assistant answered " + created);
        }
        return created.json().getJsonObject("assistant").getString("id");
    }

    /** Buys a number offered for {@code filters} and waits, at most {@code within}, until it is active. */
    public JsonObject activeNumber(String key, String filters, Duration within) {
        Answer bought = purchase(key, anOffer(key, filters));
        if (bought.status() != 202) {
            throw new AssertionError("buying a number answered " + bought);
        }
        return awaitStatus(key, bought.json().getJsonObject("phoneNumber").getString("id"), "active", within);
    }

    /** Gives the number to the assistant. */
    public void assign(String key, String assistantId, String phoneNumberId) {
        Answer assigned = send("PUT", "api/assistants/" + assistantId + "/phone-numbers/" + phoneNumberId, key);
        if (assigned.status() != 200) {
            throw new AssertionError("assigning " + phoneNumberId + " to " + assistantId + " answered " + assigned);
        }
    }

    /** Waits, at most {@code within}, until {@code condition} holds. */
    public static void await(String what, Duration within, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + within);
            }
            pause(Duration.ofMillis(200));
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens an account on {@code plan} and returns its partner key. */
    public Account openAccount(String name, String plan) {
        Answer opened = post("api/admin/accounts", OPERATOR_KEY, "{\"name\": \"" + name + "\", \"plan\": \"" + plan + "\"}");
        if (opened.status() != 201) {
            throw new AssertionError("opening an account answered " + opened);
        }
        JsonObject json = opened.json();
        return new Account(json.getJsonObject("account").getString("id"), json.getString("apiKey"), json.getString("apiKeyId"));
    }

    public record Account(String id, String key, String keyId) {
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
