package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The document partners generate clients from, {@code /openapi}: YAML or JSON by {@code Accept}, only {@code /api},
 * every operation with a summary, a tag, a unique operationId, its success and its problems, and nothing that
 * Spectral's {@code spectral:oas} rules find fault with (0 errors, 0 warnings).
 */
class OpenApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Spectral's command line, installed from the npm registry by the build (see it-tests/src/test/spectral). */
    private static final Path SPECTRAL = Path.of(System.getProperty("it.spectral",
            "target/spectral/node_modules/.bin/spectral"));

    private final URL deployment = SharedNumbers.url();

    @Test
    void servesYamlByDefaultAndJsonWhenAskedSayingWhichItIs() throws Exception {
        HttpResponse<String> yaml = fetch("application/yaml");
        HttpResponse<String> json = fetch("application/json");

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/yaml"));
        assertThat(yaml.body()).startsWith("openapi: 3");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(parse(json.body()).getString("openapi")).startsWith("3.");
    }

    @Test
    void everyOperationSaysWhatItDoesWhatItAnswersAndHowItRefuses() throws Exception {
        JsonObject document = parse(fetch("application/json").body());

        JsonObject paths = document.getJsonObject("paths");
        assertThat(paths.keySet()).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith("/api/"));
        assertThat(document.containsKey("endpoints")).isFalse();
        Set<String> operationIds = new HashSet<>();
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                JsonObject operation = entry.getValue().asJsonObject();
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                assertThat(operation.getString("summary", "")).as(name).isNotBlank();
                assertThat(operation.getJsonArray("tags")).as(name).isNotEmpty();
                assertThat(operationIds.add(operation.getString("operationId"))).as(name + " has its own id").isTrue();
                JsonObject responses = operation.getJsonObject("responses");
                assertThat(responses.keySet()).as(name).doesNotContain("default")
                        .anySatisfy(status -> assertThat(status).startsWith("2")).contains("401");
                String success = responses.keySet().stream().filter(status -> status.startsWith("2")).findFirst()
                        .orElseThrow();
                assertThat(responses.getJsonObject(success).getJsonObject("content").getJsonObject("application/json")
                        .getJsonObject("schema")).as(name + " answers a schema").isNotEmpty();
                assertThat(responses.getJsonObject("401").getJsonObject("content").keySet())
                        .containsExactly("application/problem+json");
            }
        }
        assertThat(operations).hasSizeGreaterThan(40).contains("POST /api/phone-numbers/purchase");
        JsonObject purchase = paths.getJsonObject("/api/phone-numbers/purchase").getJsonObject("post");
        assertThat(purchase.getJsonObject("responses").keySet()).contains("202", "400", "402", "409", "422", "429", "502");
        JsonObject purchaseBody = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Purchase");
        assertThat(purchaseBody.getJsonArray("required").getValuesAs(JsonString::getString))
                .as("a field the request must have is required").containsExactly("phoneNumber");
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertThat(schemes.keySet()).contains("partnerKey", "operatorKey");
        JsonArray adminSecurity = paths.getJsonObject("/api/admin/accounts").getJsonObject("get").getJsonArray("security");
        assertThat(adminSecurity.getJsonObject(0).keySet()).containsExactly("operatorKey");
    }

    /**
     * The generated client of {@code GeneratedClientIT} is made from {@code src/test/openapi/numbers.json} at build
     * time, before any server runs; it is the served document, so that the client is the one a partner generates.
     */
    @Test
    void theDocumentTheTestClientIsGeneratedFromIsTheServedOne() throws Exception {
        String served = fetch("application/json").body();
        Path folder = Files.createDirectories(Path.of("target", "openapi"));
        Files.writeString(folder.resolve("numbers.json"), served);

        JsonObject kept = withoutServers(parse(Files.readString(Path.of("src", "test", "openapi", "numbers.json"))));
        assertThat(withoutServers(parse(served))).as("the served document; if it changed on purpose, copy "
                + "target/openapi/numbers.json to src/test/openapi/numbers.json").isEqualTo(kept);
    }

    private static JsonObject withoutServers(JsonObject document) {
        return Json.createObjectBuilder(document).remove("servers").build();
    }

    @Test
    void spectralsOasRulesFindNothing() throws Exception {
        assertThat(SPECTRAL).as("Spectral's CLI; the build installs it with npm").isExecutable();
        Path folder = Files.createDirectories(Path.of("target", "openapi"));
        Path document = Files.writeString(folder.resolve("numbers.yaml"), fetch("application/yaml").body());
        Path ruleset = Files.writeString(folder.resolve(".spectral.yaml"), "extends: [\"spectral:oas\"]\n");
        Path report = folder.resolve("spectral.json");

        Process lint = new ProcessBuilder(SPECTRAL.toAbsolutePath().toString(), "lint", document.toString(),
                "--ruleset", ruleset.toString(), "--format", "json", "--output", report.toString(), "--quiet")
                .redirectErrorStream(true).start();
        String printed = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("Spectral finished").isTrue();

        JsonArray findings = readArray(Files.readString(report));
        assertThat(findings).as("Spectral's findings, printed: " + printed).isEmpty();
        assertThat(lint.exitValue()).isZero();
    }

    private HttpResponse<String> fetch(String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(Api.resolve(deployment, "openapi")).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonArray readArray(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }
}
