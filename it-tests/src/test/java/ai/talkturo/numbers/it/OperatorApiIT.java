package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Only the operator key reaches the operator API, however its path is spelled: matrix parameters, encoded
 * slashes, double slashes, dot segments and other letter cases lead a partner key to 401 or 404, never to the
 * resource, and change nothing.
 */
class OperatorApiIT {

    private final URL deployment = SharedNumbers.url();

    private Api api;
    private RawHttp raw;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        raw = new RawHttp(deployment);
    }

    /** One operator endpoint: its method, its path below {@code /api/admin} as segments, and a body. */
    private record Endpoint(String method, List<String> below, String body) {

        static Endpoint of(String method, String below, String body) {
            return new Endpoint(method, Arrays.asList(below.split("/")), body);
        }

        @Override
        public String toString() {
            return method + " /api/admin/" + String.join("/", below);
        }
    }

    /** Ways of writing {@code /api/admin/…} that a server may still match to the operator resource. */
    private static final Map<String, UnaryOperator<List<String>>> SPELLINGS = spellings();

    private static Map<String, UnaryOperator<List<String>>> spellings() {
        Map<String, UnaryOperator<List<String>>> spellings = new LinkedHashMap<>();
        spellings.put("as written", path -> path);
        spellings.put("matrix parameter on admin", path -> replace(path, 1, "admin;x=1"));
        spellings.put("empty matrix parameter on admin", path -> replace(path, 1, "admin;"));
        spellings.put("matrix parameter on api", path -> replace(path, 0, "api;x=1"));
        spellings.put("matrix parameter on every segment", path -> path.stream().map(segment -> segment + ";m=1").toList());
        spellings.put("encoded slash after admin", path -> joined(path, 1, "%2F"));
        spellings.put("encoded slash after api", path -> joined(path, 0, "%2F"));
        spellings.put("lower-case encoded slash", path -> joined(path, 1, "%2f"));
        spellings.put("double slash before admin", path -> insert(path, 1, ""));
        spellings.put("double slash after admin", path -> insert(path, 2, ""));
        spellings.put("leading double slash", path -> insert(path, 0, ""));
        spellings.put("dot segment before admin", path -> insert(path, 1, "."));
        spellings.put("dot segment after admin", path -> insert(path, 2, "."));
        spellings.put("dot-dot segment", path -> insert(insert(path, 1, "x"), 2, ".."));
        spellings.put("encoded dot segment", path -> insert(path, 1, "%2e"));
        spellings.put("encoded dot-dot segment", path -> insert(insert(path, 1, "x"), 2, "%2e%2e"));
        spellings.put("upper-case ADMIN", path -> replace(path, 1, "ADMIN"));
        spellings.put("capitalised Admin", path -> replace(path, 1, "Admin"));
        spellings.put("upper-case API", path -> replace(path, 0, "API"));
        spellings.put("encoded letter in admin", path -> replace(path, 1, "%61dmin"));
        spellings.put("trailing slash", path -> insert(path, path.size(), ""));
        spellings.put("matrix parameter and trailing slash", path -> insert(replace(path, 1, "admin;x"), path.size(), ""));
        return spellings;
    }

    @Test
    void aPartnerKeyReachesNoOperatorEndpointHoweverItsPathIsSpelled() {
        Api.Account intruder = api.openAccount("Intruder", "free");
        Api.Account victim = api.openAccount("Victim", "starter");
        JsonObject number = api.activeNumber(victim.key(), "{\"countryCode\": \"US\"}", Duration.ofSeconds(30));
        int accountsBefore = api.all("api/admin/accounts", Api.OPERATOR_KEY, "accounts").size();

        List<Endpoint> endpoints = List.of(
                Endpoint.of("GET", "accounts", null),
                Endpoint.of("POST", "accounts", "{\"name\": \"Planted\", \"plan\": \"enterprise\"}"),
                Endpoint.of("GET", "accounts/" + victim.id(), null),
                Endpoint.of("PATCH", "accounts/" + intruder.id(), "{\"plan\": \"enterprise\"}"),
                Endpoint.of("POST", "accounts/" + victim.id() + "/api-keys", null),
                Endpoint.of("DELETE", "api-keys/" + victim.keyId(), null),
                Endpoint.of("POST", "phone-numbers/" + number.getString("id") + "/suspend", "{\"reason\": \"taken over\"}"),
                Endpoint.of("POST", "phone-numbers/" + number.getString("id") + "/resume", null),
                Endpoint.of("GET", "routes/" + number.getString("phoneNumber").replace("+", "%2B"), null));

        List<String> reached = new ArrayList<>();
        int tried = 0;
        for (Endpoint endpoint : endpoints) {
            for (var spelling : SPELLINGS.entrySet()) {
                String path = path(spelling.getValue().apply(adminPath(endpoint)));
                RawHttp.Reply reply = raw.send(endpoint.method(), path, intruder.key(), endpoint.body());
                tried++;
                boolean refused = reply.status() == 401 || reply.status() == 404;
                boolean asProblem = String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json")
                        && reply.body().contains(reply.status() == 401 ? "\"unauthenticated\"" : "\"not_found\"");
                if (!refused || !asProblem) {
                    reached.add(endpoint.method() + " " + path + " (" + spelling.getKey() + ") → " + reply.status() + " " + reply.body());
                }
            }
        }

        assertThat(tried).isEqualTo(endpoints.size() * SPELLINGS.size());
        assertThat(reached).as("partner key answered other than a 401 or 404 problem").isEmpty();
        assertThat(api.get("api/account", intruder.key()).json().getJsonObject("account").getString("plan")).isEqualTo("free");
        assertThat(api.get("api/account", victim.key()).status()).as("the victim's key still works").isEqualTo(200);
        assertThat(api.get("api/phone-numbers/" + number.getString("id"), victim.key()).json()
                .getJsonObject("phoneNumber").getString("status")).isEqualTo("active");
        assertThat(api.all("api/admin/accounts", Api.OPERATOR_KEY, "accounts")).hasSize(accountsBefore);
    }

    @Test
    void theOperatorKeyStillReachesTheSpellingsThatMatchItsResources() {
        Api.Account account = api.openAccount("Spelled", "pro");
        String matrix = "/api/admin;x=1/accounts/" + account.id();

        RawHttp.Reply read = raw.send("GET", matrix, Api.OPERATOR_KEY, null);

        assertThat(read.status()).as("the spelling reaches the resource: %s", read.body()).isEqualTo(200);
        assertThat(read.body()).contains(account.id());
    }

    @Test
    void aPartnerKeyCannotTakeOverAnotherAccountThroughAMatrixParameter() {
        Api.Account intruder = api.openAccount("Taker", "free");
        Api.Account victim = api.openAccount("Taken", "pro");

        RawHttp.Reply issued = raw.send("POST", "/api/admin;x=1/accounts/" + victim.id() + "/api-keys", intruder.key(), null);
        RawHttp.Reply upgraded = raw.send("PATCH", "/api/admin;x=1/accounts/" + intruder.id(), intruder.key(), "{\"plan\": \"enterprise\"}");

        ProblemAssert.assertProblem(issued.asAnswer(), 401, "unauthenticated");
        ProblemAssert.assertProblem(upgraded.asAnswer(), 401, "unauthenticated");
        assertThat(issued.body()).doesNotContain("apiKey\"");
        assertThat(api.get("api/account", intruder.key()).json().getJsonObject("account").getString("plan")).isEqualTo("free");
    }

    private static List<String> adminPath(Endpoint endpoint) {
        List<String> path = new ArrayList<>(List.of("api", "admin"));
        path.addAll(endpoint.below());
        return path;
    }

    private static String path(List<String> segments) {
        return "/" + String.join("/", segments);
    }

    private static List<String> replace(List<String> path, int index, String segment) {
        List<String> changed = new ArrayList<>(path);
        changed.set(index, segment);
        return changed;
    }

    private static List<String> insert(List<String> path, int index, String segment) {
        List<String> changed = new ArrayList<>(path);
        changed.add(index, segment);
        return changed;
    }

    /** The segment at {@code index} and the next one as one, joined by {@code separator} instead of a slash. */
    private static List<String> joined(List<String> path, int index, String separator) {
        List<String> changed = new ArrayList<>(path);
        changed.set(index, changed.get(index) + separator + changed.remove(index + 1));
        return changed;
    }
}
