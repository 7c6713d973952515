package ai.talkturo.numbers.it;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkturo.numbers.web.webhooks.TwilioSignature;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the built WAR on Payara Micro, clustered over TCP/IP on this machine's loopback, over one MariaDB
 * database, each reached directly: whatever one instance commits, the other answers the same way; timed jobs act
 * once; a console session goes on on the other instance; an instance cut off the database catches up by itself;
 * and when one instance is killed in the middle of purchases, the other finishes them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String PUBLIC_BASE_URL = "https://numbers.example.com";
    private static final String TWILIO_TOKEN = "cluster-it-twilio-token";
    private static final String ADMIN_PASSWORD = "cluster-it-admin-password";
    private static final Duration RECONCILE_AFTER = Duration.ofSeconds(10);
    private static final Duration FOLLOWS_WITHIN = Duration.ofSeconds(10);
    private static final int CALLS_PER_SECOND = 4;
    private static final int REQUESTS_PER_SECOND = 40;
    private static final Pattern STREAM = Pattern.compile("<Stream url=\"[^\"]*/assistants/([^/\"]+)/stream\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String database = FreshDatabase.url("cluster");
    private CuttableLink linkOfB;
    private NumbersServer a;
    private NumbersServer b;
    private Api apiA;
    private Api apiB;

    @BeforeAll
    void startTwoInstances() throws Exception {
        Matcher server = Pattern.compile("jdbc:mysql://([^:/]+):(\\d+)/").matcher(database);
        assertThat(server.find()).as(database).isTrue();
        linkOfB = new CuttableLink(server.group(1), Integer.parseInt(server.group(2)));
        Path workDir = Path.of("target", "cluster-it").toAbsolutePath();
        Files.createDirectories(workDir);
        Map<String, String> environment = new HashMap<>();
        environment.put("NUMBERS_DB_USER", FreshDatabase.user());
        environment.put("NUMBERS_DB_PASSWORD", FreshDatabase.password());
        environment.put("NUMBERS_ADMIN_API_KEY", Api.OPERATOR_KEY);
        environment.put("NUMBERS_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("NUMBERS_TWILIO_AUTH_TOKEN", TWILIO_TOKEN);
        environment.put("NUMBERS_PUBLIC_BASE_URL", PUBLIC_BASE_URL);
        environment.put("NUMBERS_SANDBOX_LATENCY", "PT0.3S");
        environment.put("NUMBERS_PURCHASE_RECONCILE_AFTER", RECONCILE_AFTER.toString());
        environment.put("NUMBERS_CALLS_MAX_PER_SECOND", Integer.toString(CALLS_PER_SECOND));
        environment.put("NUMBERS_TRIAL_DURATION", "PT10S");
        environment.put("NUMBERS_API_RATE_LIMIT", Integer.toString(REQUESTS_PER_SECOND));
        List<NumbersServer> cluster = NumbersServer.cluster("cluster-it-", 2,
                Path.of(System.getProperty("payara.microJar")), Path.of(System.getProperty("numbers.war")), workDir,
                environment);
        a = cluster.get(0).withEnvironment("NUMBERS_DB_URL", database);
        b = cluster.get(1).withEnvironment("NUMBERS_DB_URL", database.replace(server.group(1) + ":" + server.group(2),
                "127.0.0.1:" + linkOfB.port()));
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            Future<Duration> first = starting.submit(a::start);
            Future<Duration> second = starting.submit(b::start);
            first.get(6, TimeUnit.MINUTES);
            second.get(6, TimeUnit.MINUTES);
        } finally {
            starting.shutdownNow();
        }
        apiA = new Api(a.base().toURL());
        apiB = new Api(b.base().toURL());
        Api.await("both instances in one cluster", Duration.ofSeconds(60),
                () -> clusterMembers(apiA) == 2 && clusterMembers(apiB) == 2);
    }

    @AfterAll
    void stopBoth() throws InterruptedException {
        for (NumbersServer server : new NumbersServer[] {a, b}) {
            if (server != null) {
                server.stop();
            }
        }
        if (linkOfB != null) {
            linkOfB.close();
        }
    }

    @Test
    @Order(1)
    void eachInstanceSaysItIsInTheClusterAndHowFarItsRoutingLags() throws IOException {
        for (Api instance : List.of(apiA, apiB)) {
            Api.Answer health = instance.get("health", null);
            assertThat(health.status()).as(health.text()).isEqualTo(200);
            JsonObject data = instanceCheck(instance);
            assertThat(data.getString("inCluster")).isEqualTo("true");
            assertThat(data.getString("clusterMembers")).isEqualTo("2");
            assertThat(data.getString("routingLoaded")).isEqualTo("true");
            assertThat(Long.parseLong(data.getString("routingLagMs"))).isNotNegative();
        }
        assertThat(instanceCheck(apiA).getString("name")).isEqualTo("cluster-it-1");
        assertThat(instanceCheck(apiB).getString("name")).isEqualTo("cluster-it-2");
        for (NumbersServer instance : List.of(a, b)) {
            assertThat(Files.readString(instance.log(), StandardCharsets.ISO_8859_1))
                    .as("asked for its health while it started: %s", instance.log())
                    .doesNotContain("Exception executing HealthCheck");
        }
    }

    @Test
    @Order(2)
    void whatOneInstanceCommitsTheOtherAnswersEveryCallWith() throws Exception {
        Api.Account account = apiA.openAccount("Both Ways", "pro");
        String ava = apiA.newAssistant(account.key(), "Ava");
        String bob = apiB.newAssistant(account.key(), "Bob");
        JsonObject number = apiA.activeNumber(account.key(), "{\"countryCode\": \"US\"}", Duration.ofSeconds(30));
        String e164 = number.getString("phoneNumber");
        String id = number.getString("id");

        apiA.assign(account.key(), ava, id);
        awaitAnswer(b, e164, "connects to " + ava, answer -> ava.equals(streamedTo(answer)));

        apiB.assign(account.key(), bob, id);
        awaitAnswer(a, e164, "moved to " + bob, answer -> bob.equals(streamedTo(answer)));

        assertThat(apiA.post("api/admin/phone-numbers/" + id + "/suspend", Api.OPERATOR_KEY, "{\"reason\": \"unpaid\"}").status())
                .isEqualTo(200);
        awaitAnswer(b, e164, "suspended", answer -> answer.contains("<Hangup/>") && !answer.contains("<Stream"));

        assertThat(apiB.post("api/admin/phone-numbers/" + id + "/resume", Api.OPERATOR_KEY, null).status()).isEqualTo(200);
        awaitAnswer(a, e164, "resumed", answer -> bob.equals(streamedTo(answer)));

        assertThat(apiA.delete("api/assistants/" + bob + "/phone-numbers/" + id, account.key()).status()).isEqualTo(200);
        awaitAnswer(b, e164, "unassigned", answer -> answer.contains("<Say>") && !answer.contains("<Stream"));

        assertThat(apiB.delete("api/phone-numbers/" + id, account.key()).status()).isEqualTo(200);
        awaitAnswer(a, e164, "released", answer -> answer.contains("<Reject/>"));
    }

    @Test
    @Order(3)
    void bothInstancesShowTheSameRouteForEveryNumber() {
        Api.Account account = apiA.openAccount("Many Routes", "enterprise");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Api buyer = i % 2 == 0 ? apiA : apiB;
            Api assigner = i % 2 == 0 ? apiB : apiA;
            JsonObject number = buyer.activeNumber(account.key(), "{\"countryCode\": \"US\"}", Duration.ofSeconds(30));
            if (i % 3 != 0) {
                assigner.assign(account.key(), assigner.newAssistant(account.key(), "Agent " + i), number.getString("id"));
            }
            numbers.add(number.getString("phoneNumber"));
        }

        Api.await("the same routes on both instances", FOLLOWS_WITHIN, () -> numbers.stream()
                .allMatch(e164 -> route(apiA, e164).equals(route(apiB, e164))));
        assertThat(numbers).allSatisfy(e164 -> assertThat(route(apiB, e164).getString("status")).isEqualTo("active"));
    }

    @Test
    @Order(4)
    void anOutboundCallOnOneInstanceFindsTheNumberAssignedOnTheOtherAMomentAgo() {
        Api.Account account = apiA.openAccount("Calls Out", "pro");
        String assistant = apiA.newAssistant(account.key(), "Caller");
        JsonObject number = apiA.activeNumber(account.key(), "{\"countryCode\": \"US\"}", Duration.ofSeconds(30));

        apiA.assign(account.key(), assistant, number.getString("id"));
        Api.Answer call = apiB.post("api/calls", account.key(), "{\"assistantId\": \"" + assistant + "\", \"to\": \"+13125550177\"}");

        assertThat(call.status()).as(call.text()).isEqualTo(201);
        assertThat(call.json().getJsonObject("call").getString("from")).isEqualTo(number.getString("phoneNumber"));
    }

    @Test
    @Order(5)
    void aCampaignOnOneInstanceDialsEveryContactFromTheNumberAssignedOnTheOther() {
        Api.Account account = apiA.openAccount("Campaigns Across", "pro");
        String assistant = apiA.newAssistant(account.key(), "Dialler");
        JsonObject number = apiA.activeNumber(account.key(), "{\"countryCode\": \"US\"}", Duration.ofSeconds(30));
        String contacts = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> "{\"phoneNumber\": \"+1312555" + String.format("%04d", 1200 + i) + "\"}")
                .collect(Collectors.joining(", ", "[", "]"));

        apiA.assign(account.key(), assistant, number.getString("id"));
        Api.Answer started = apiB.post("api/campaigns", account.key(), "{\"assistantId\": \"" + assistant
                + "\", \"name\": \"Across\", \"maxConcurrentCalls\": 4, \"contacts\": " + contacts + ", "
                + Api.ALL_DAY + "}");
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String campaign = started.json().getJsonObject("campaign").getString("id");

        Api.await("every contact dialled", Duration.ofSeconds(90), () -> "completed".equals(
                apiA.get("api/campaigns/" + campaign, account.key()).json().getJsonObject("campaign").getString("status")));
        List<JsonObject> done = apiB.get("api/campaigns/" + campaign, account.key()).json().getJsonObject("campaign")
                .getJsonArray("contacts").getValuesAs(JsonObject.class);
        assertThat(done).hasSize(12).allSatisfy(contact -> {
            assertThat(contact.getString("status")).as(contact.toString()).isEqualTo("completed");
        });
        assertThat(StoredRows.countIn(database, "SELECT COUNT(*) FROM calls WHERE campaign_id = ?", campaign))
                .as("each contact dialled once").isEqualTo(12);
    }

    @Test
    @Order(6)
    void theCarriersPaceHoldsForBothInstancesTogether() throws Exception {
        Api.Account account = apiA.openAccount("Paced", "pro");
        String assistant = apiA.newAssistant(account.key(), "Pacer");
        apiA.assign(account.key(), assistant,
                apiA.activeNumber(account.key(), "{\"countryCode\": \"US\"}", Duration.ofSeconds(30)).getString("id"));
        Api.await("the number on both instances", FOLLOWS_WITHIN, () -> !apiB.get("api/phone-numbers?assistantId=" + assistant,
                account.key()).json().getJsonArray("phoneNumbers").isEmpty());
        int calls = 12;
        ExecutorService callers = Executors.newFixedThreadPool(calls);
        List<Future<Api.Answer>> placed = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            Api through = i % 2 == 0 ? apiA : apiB;
            String to = "+1312555" + String.format("%04d", 3000 + i);
            placed.add(callers.submit(() -> through.post("api/calls", account.key(),
                    "{\"assistantId\": \"" + assistant + "\", \"to\": \"" + to + "\"}")));
        }
        for (Future<Api.Answer> call : placed) {
            Api.Answer answer = call.get(60, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            assertThat(answer.json().getJsonObject("call").getString("status")).isNotEqualTo("failed");
        }
        long tookMillis = (System.nanoTime() - began) / 1_000_000;
        callers.shutdown();

        // each call answers once the carrier was asked, in its slot: with a rate per instance, the six calls of each
        // would be through in 1.25 s
        assertThat(tookMillis).as("%d calls at %d a second for the cluster", calls, CALLS_PER_SECOND)
                .isGreaterThanOrEqualTo((calls - 1) * 1000L / CALLS_PER_SECOND);
    }

    @Test
    @Order(7)
    void aConsoleUserStaysSignedInAndKeepsThePageOnTheOtherInstance() {
        ConsoleSession console = new ConsoleSession();
        ConsoleSession.Page signedIn = console.signIn(a.base(), "admin", ADMIN_PASSWORD);
        assertThat(signedIn.status()).isEqualTo(302);

        ConsoleSession.Page onB = console.get(b.base(), "console/operator/accounts.xhtml");
        assertThat(onB.status()).as(onB.body()).isEqualTo(200);
        assertThat(onB.title()).startsWith("Accounts");

        ConsoleSession.Page onA = console.get(a.base(), "console/operator/accounts.xhtml");
        String name = "Opened Across " + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.Page opened = console.ajax(b.base(), "console/operator/accounts.xhtml", "accounts:open",
                "accounts:open-account", "accounts:notices", Map.of(
                        "accounts", "accounts",
                        "accounts:new-name", name,
                        "accounts:new-plan", "pro",
                        "jakarta.faces.ViewState", onA.viewState()));

        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).as("the page A rendered takes its form on B").contains(name + " is open");
        assertThat(apiA.all("api/admin/accounts", Api.OPERATOR_KEY, "accounts"))
                .extracting(account -> account.getString("name")).contains(name);
    }

    @Test
    @Order(8)
    void wrongPasswordsCountOnEveryInstance() {
        String username = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession signingUp = new ConsoleSession();
        ConsoleSession.Page form = signingUp.get(a.base(), "console/signup.xhtml");
        ConsoleSession.Page created = signingUp.post(a.base(), "console/signup.xhtml", Map.of(
                "signup", "signup",
                "signup:account", "Locked Out Ltd",
                "signup:username", username,
                "signup:password", "the-right-password-1",
                "signup:password-again", "the-right-password-1",
                "signup:create", "Create account",
                "jakarta.faces.ViewState", form.viewState()));
        assertThat(created.status()).as(created.body()).isEqualTo(302);

        for (int attempt = 0; attempt < 5; attempt++) {
            ConsoleSession.Page refused = new ConsoleSession().signIn(attempt % 2 == 0 ? a.base() : b.base(), username, "wrong");
            assertThat(refused.status()).isEqualTo(200);
        }

        for (NumbersServer instance : List.of(a, b)) {
            ConsoleSession.Page locked = new ConsoleSession().signIn(instance.base(), username, "the-right-password-1");
            assertThat(locked.status()).as("locked on %s", instance.name()).isEqualTo(200);
            assertThat(locked.body()).contains("Too many wrong passwords");
        }
    }

    @Test
    @Order(9)
    void twentyAssignmentsAtOnceOnBothInstancesLeaveOneHolder() throws Exception {
        Api.Account account = apiA.openAccount("Racing", "pro");
        JsonObject number = apiA.activeNumber(account.key(), "{\"countryCode\": \"US\"}", Duration.ofSeconds(30));
        List<String> assistants = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            assistants.add((i % 2 == 0 ? apiA : apiB).newAssistant(account.key(), "Racer " + i));
        }
        ExecutorService racers = Executors.newFixedThreadPool(20);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Api through = i % 2 == 0 ? apiA : apiB;
            String assistant = assistants.get(i);
            answers.add(racers.submit(() -> through.send("PUT", "api/assistants/" + assistant + "/phone-numbers/"
                    + number.getString("id"), account.key())));
        }
        int won = 0;
        for (Future<Api.Answer> answer : answers) {
            Api.Answer done = answer.get(60, TimeUnit.SECONDS);
            if (done.status() == 200) {
                won++;
            } else {
                ProblemAssert.assertProblem(done, 409, "conflict");
            }
        }
        racers.shutdown();

        assertThat(won).isPositive();
        String holder = apiA.get("api/phone-numbers/" + number.getString("id"), account.key()).json()
                .getJsonObject("phoneNumber").getString("assistantId");
        assertThat(assistants).contains(holder);
        awaitAnswer(b, number.getString("phoneNumber"), "the holder on both", answer -> holder.equals(streamedTo(answer)));
        awaitAnswer(a, number.getString("phoneNumber"), "the holder on both", answer -> holder.equals(streamedTo(answer)));
    }

    @Test
    @Order(10)
    void trialNumbersExpireOnceAndLosingARaceForAJobLogsNothing() throws Exception {
        List<String> trials = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Api through = i % 2 == 0 ? apiA : apiB;
            Api.Account free = through.openAccount("Trial " + i, "free");
            trials.add(through.activeNumber(free.key(), "{\"countryCode\": \"US\"}", Duration.ofSeconds(30)).getString("id"));
        }

        Api.await("every trial number released", Duration.ofSeconds(90), () -> trials.stream().allMatch(id ->
                StoredRows.countIn(database, "SELECT COUNT(*) FROM phone_numbers WHERE id = ? AND status = 'released'", id) == 1));
        Api.await("every release told to the carrier", Duration.ofSeconds(90), () -> trials.stream().allMatch(id ->
                StoredRows.countIn(database, "SELECT COUNT(*) FROM carrier_releases WHERE phone_number_id = ? "
                        + "AND done_at IS NOT NULL", id) == 1));
        for (String id : trials) {
            assertThat(StoredRows.countIn(database, "SELECT COUNT(*) FROM number_changes WHERE phone_number_id = ? "
                    + "AND status = 'released'", id)).as("released once: %s", id).isEqualTo(1);
            assertThat(StoredRows.countIn(database, "SELECT attempts FROM carrier_releases WHERE phone_number_id = ?", id))
                    .as("told to the carrier once: %s", id).isEqualTo(1);
        }
        for (NumbersServer instance : List.of(a, b)) {
            assertThat(troubleIn(instance.log())).as("warnings and errors in %s", instance.log()).isEmpty();
        }
    }

    @Test
    @Order(11)
    void anInstanceCutOffTheDatabaseCatchesUpByItselfWhenItIsBack() throws Exception {
        Api.Account account = apiA.openAccount("Cut Off", "pro");
        String first = apiA.newAssistant(account.key(), "First");
        String second = apiA.newAssistant(account.key(), "Second");
        JsonObject number = apiA.activeNumber(account.key(), "{\"countryCode\": \"US\"}", Duration.ofSeconds(30));
        String e164 = number.getString("phoneNumber");
        apiA.assign(account.key(), first, number.getString("id"));
        awaitAnswer(b, e164, "connects to " + first, answer -> first.equals(streamedTo(answer)));

        linkOfB.cut();
        try {
            apiA.assign(account.key(), second, number.getString("id"));
            Api.pause(Duration.ofSeconds(3));
            assertThat(streamedTo(twilioCall(b, e164))).as("no database: the old route, but an answer").isEqualTo(first);
            assertThat(Long.parseLong(instanceCheck(apiB).getString("routingLagMs"))).isGreaterThanOrEqualTo(2_000);
        } finally {
            linkOfB.mend();
        }

        awaitAnswer(b, e164, "caught up: " + second, answer -> second.equals(streamedTo(answer)));
        Api.await("the lag back to a beat", FOLLOWS_WITHIN,
                () -> Long.parseLong(instanceCheck(apiB).getString("routingLagMs")) < 1_000);
    }

    @Test
    @Order(12)
    void aPartnerKeysRateIsCountedForTheClusterAsAWhole() throws Exception {
        Api.Account account = apiA.openAccount("Rate Limited", "pro");
        RawHttp[] instances = {new RawHttp(a.base().toURL()), new RawHttp(b.base().toURL())};
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<RawHttp.Reply>> sent = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < 10 * REQUESTS_PER_SECOND; i++) {
            RawHttp through = instances[i % 2];
            sent.add(clients.submit(() -> through.send("GET", "/api/account", account.key(), null)));
        }
        List<RawHttp.Reply> allowed = new ArrayList<>();
        List<RawHttp.Reply> refused = new ArrayList<>();
        for (Future<RawHttp.Reply> answer : sent) {
            (answer.get().status() == 200 ? allowed : refused).add(answer.get());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        clients.shutdown();

        // a bucket of twice the rate, refilled at the rate: one bucket for both instances, not one each
        assertThat((double) allowed.size()).as("allowed in %.2f s by both instances together", seconds)
                .isLessThanOrEqualTo(2 * REQUESTS_PER_SECOND + seconds * REQUESTS_PER_SECOND + 2);
        assertThat(refused).isNotEmpty().allSatisfy(reply -> {
            ProblemAssert.assertProblem(reply.asAnswer(), 429, "rate_limited");
            assertThat(Long.parseLong(reply.header("Retry-After"))).isPositive();
            assertThat(reply.header("RateLimit-Remaining")).isEqualTo("0");
        });
        assertThat(allowed).allSatisfy(reply -> {
            assertThat(reply.header("RateLimit-Limit")).isEqualTo(Integer.toString(REQUESTS_PER_SECOND));
            assertThat(reply.header("RateLimit-Reset")).isNotNull();
        });
        assertThat(apiB.get("api/admin/accounts/" + account.id(), Api.OPERATOR_KEY).status())
                .as("the operator is not limited by partner traffic").isEqualTo(200);
        Api.pause(Duration.ofSeconds(3));
        assertThat(apiB.get("api/account", account.key()).status()).as("the bucket refills").isEqualTo(200);
    }

    @Test
    @Order(13)
    void theBalancerOfTheRepositoryServesBothAndAnswersWhatPayaraWouldRefuseBare() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String config = Files.readString(root.resolve("cluster/haproxy.cfg"))
                .replace("bind 127.0.0.1:8080", "bind 127.0.0.1:" + port)
                .replaceAll("(?m)^    server numbers.*\\n", "")
                .replace("default-server check inter 2s fall 2 rise 2", "default-server check inter 500ms fall 2 rise 1\n"
                        + "    server numbers1 127.0.0.1:" + a.port() + "\n    server numbers2 127.0.0.1:" + b.port());
        Path file = Files.writeString(Path.of("target", "cluster-it", "haproxy.cfg").toAbsolutePath(), config);
        Process haproxy = new ProcessBuilder("haproxy", "-f", file.toString(), "-db").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "cluster-it", "haproxy.log").toFile()).start();
        try {
            Api balanced = new Api(new URL("http://127.0.0.1:" + port + "/"));
            Set<String> answeredBy = ConcurrentHashMap.newKeySet();
            Api.await("both instances behind the balancer", FOLLOWS_WITHIN, () -> {
                try {
                    answeredBy.add(instanceCheck(balanced).getString("name"));
                } catch (RuntimeException notUpYet) {
                    return false;
                }
                return answeredBy.size() == 2;
            });
            RawHttp front = new RawHttp(new URL("http://127.0.0.1:" + port + "/"));
            Api.Account account = balanced.openAccount("Behind The Balancer", "pro");
            Map<String, RawHttp.Reply> refusals = new LinkedHashMap<>();
            refusals.put("%zz", front.send("GET", "/api/assistants/%zz", account.key(), null));
            refusals.put("lone %", front.send("GET", "/api/assistants/%", account.key(), null));
            refusals.put("%00", front.send("GET", "/api/assistants/%00", account.key(), null));
            refusals.put("TRACE", front.send("TRACE", "/api/assistants", account.key(), null));
            refusals.put("64 KB header", front.send("GET", "/api/countries",
                    Map.of("Authorization", "Bearer " + account.key(), "X-Padding", "a".repeat(65_536)), null));
            Map<String, String> many = new LinkedHashMap<>();
            for (int i = 0; i < 300; i++) {
                many.put("X-Header-" + i, "v");
            }
            refusals.put("300 headers", front.send("GET", "/api/countries", many, null));
            refusals.put("100 KB path", front.send("GET", "/api/" + "a".repeat(100_000), account.key(), null));

            assertThat(refusals).allSatisfy((what, reply) -> {
                assertThat(reply.status()).as(what).isBetween(400, 499);
                assertThat(reply.header("Content-Type")).as(what).startsWith("application/problem+json");
                assertThat(reply.body()).as(what).contains("\"code\":");
            });
            assertThat(front.send("GET", "/api/countries", account.key(), null).status()).isEqualTo(200);
        } finally {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Each instance keeps what a key opens for a second; a key revoked on one is refused by the other after that. */
    @Test
    @Order(13)
    void aKeyRevokedOnOneInstanceIsRefusedByTheOtherWithinASecond() {
        Api.Account account = apiA.openAccount("Revoked Across", "starter");
        assertThat(apiB.get("api/account", account.key()).status()).isEqualTo(200);

        assertThat(apiA.delete("api/admin/api-keys/" + account.keyId(), Api.OPERATOR_KEY).status()).isEqualTo(200);

        assertThat(apiA.get("api/account", account.key()).status()).isEqualTo(401);
        Api.pause(Duration.ofMillis(1_100));
        assertThat(apiB.get("api/account", account.key()).status()).isEqualTo(401);
    }

    @Test
    @Order(14)
    void whenOneInstanceIsKilledMidPurchaseTheOtherFinishesEveryAcceptedOne() throws Exception {
        Api.Account account = apiB.openAccount("Failover", "enterprise");
        List<String> wanted = offers(account, 50, "4152", "4153", "5122", "5123", "2062", "2063");
        Map<String, String> accepted = new ConcurrentHashMap<>();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService buyers = Executors.newFixedThreadPool(8);
        List<Future<?>> buying = new ArrayList<>();
        for (String e164 : wanted) {
            buying.add(buyers.submit(() -> {
                if (killed.get()) {
                    return;
                }
                attempted.add(e164);
                try {
                    Api.Answer bought = apiA.post("api/phone-numbers/purchase", account.key(), purchaseOf(e164), keyOf(e164));
                    if (bought.status() == 202) {
                        accepted.put(bought.json().getJsonObject("phoneNumber").getString("id"), e164);
                    }
                } catch (RuntimeException lostWithTheInstance) {
                    // the instance died under this request
                }
            }));
        }
        Api.await("half the purchases accepted", Duration.ofSeconds(60), () -> accepted.size() >= 25);
        killed.set(true);
        long killedAt = System.nanoTime();
        assertThat(a.kill()).isEqualTo(137);
        for (Future<?> purchase : buying) {
            purchase.get(60, TimeUnit.SECONDS);
        }
        buyers.shutdown();

        // every purchase the dead instance was asked for, retried on the survivor with its Idempotency-Key: the claims
        // of the dead run are free once its heartbeat is silent, and a purchase it had written down is that purchase
        Map<String, Api.Answer> retried = new HashMap<>();
        Api.await("every purchase retried on the survivor", Duration.ofSeconds(60), () -> {
            for (String e164 : attempted) {
                Api.Answer retry = retried.get(e164);
                if (retry == null || retry.status() == 409 || retry.status() == 429) {
                    retried.put(e164, apiB.post("api/phone-numbers/purchase", account.key(), purchaseOf(e164), keyOf(e164)));
                }
            }
            return retried.size() == attempted.size()
                    && retried.values().stream().noneMatch(retry -> retry.status() == 409 || retry.status() == 429);
        });
        long retriedMillis = (System.nanoTime() - killedAt) / 1_000_000;
        assertThat(retried.values()).allSatisfy(retry -> assertThat(retry.status()).as(retry.text()).isEqualTo(202));
        for (Map.Entry<String, String> purchase : Map.copyOf(accepted).entrySet()) {
            assertThat(retried.get(purchase.getValue()).json().getJsonObject("phoneNumber").getString("id"))
                    .as("the retry of an answered purchase is that purchase").isEqualTo(purchase.getKey());
        }
        retried.forEach((e164, retry) -> accepted.putIfAbsent(retry.json().getJsonObject("phoneNumber").getString("id"), e164));
        System.out.printf("failover: %d purchases asked of the dead instance, every one retried with its key on the "
                + "survivor and answered 202 %d ms after the kill%n", attempted.size(), retriedMillis);
        Map<String, String> settled = new HashMap<>();
        Api.await("every accepted purchase settled on the survivor", RECONCILE_AFTER.multipliedBy(3).plusSeconds(30), () -> {
            apiB.all("api/phone-numbers", account.key(), "phoneNumbers")
                    .forEach(number -> settled.put(number.getString("id"), number.getString("status")));
            return accepted.keySet().stream().noneMatch(id -> "purchasing".equals(settled.get(id)));
        });
        long settledMillis = (System.nanoTime() - killedAt) / 1_000_000;
        System.out.printf("failover: %d purchases accepted before the kill, all settled on the survivor %d ms after it%n",
                accepted.size(), settledMillis);
        for (Map.Entry<String, String> purchase : accepted.entrySet()) {
            String status = settled.get(purchase.getKey());
            assertThat(status).isIn("active", "error");
            if ("active".equals(status)) {
                assertThat(route(apiB, purchase.getValue()).getString("status")).isEqualTo("active");
                assertThat(StoredRows.countIn(database, "SELECT COUNT(*) FROM sandbox_numbers WHERE phone_number = ? "
                        + "AND order_reference = ? AND status = 'ordered'", purchase.getValue(), purchase.getKey()))
                        .as("sold once, to this purchase: %s", purchase.getValue()).isEqualTo(1);
            }
        }
        assertThat(StoredRows.countIn(database, "SELECT COUNT(*) FROM phone_numbers WHERE account_id = ? AND status = 'active'",
                account.id())).as("no number bought twice").isEqualTo(StoredRows.countIn(database,
                "SELECT COUNT(DISTINCT phone_number) FROM phone_numbers WHERE account_id = ? AND status = 'active'", account.id()));
    }

    private static String purchaseOf(String e164) {
        return "{\"phoneNumber\": \"" + e164 + "\"}";
    }

    private static String keyOf(String e164) {
        return "failover-" + e164;
    }

    /** {@code count} different numbers the sandbox offers under these area codes. */
    private List<String> offers(Api.Account account, int count, String... areaCodes) {
        List<String> offers = new ArrayList<>();
        for (String areaCode : areaCodes) {
            apiB.post("api/phone-numbers/search", account.key(), "{\"filters\": {\"countryCode\": \"US\", \"areaCode\": \""
                            + areaCode + "\", \"limit\": 20}}").json().getJsonArray("numbers").getValuesAs(JsonObject.class)
                    .forEach(offer -> offers.add(offer.getString("phoneNumber")));
        }
        List<String> distinct = offers.stream().distinct().limit(count).toList();
        assertThat(distinct).hasSize(count);
        return distinct;
    }

    /** How many members the instance's data grid has, as its health says; 0 while it cannot say. */
    private static int clusterMembers(Api instance) {
        Api.Answer health = instance.get("health", null);
        if (health.status() != 200 || health.text().isBlank()) {
            System.out.println("health of " + instance + ": " + health);
            return 0;
        }
        return Integer.parseInt(instanceCheck(instance).getString("clusterMembers"));
    }

    private static JsonObject instanceCheck(Api instance) {
        return instance.get("health", null).json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> "instance".equals(check.getString("name")))
                .findFirst().orElseThrow().getJsonObject("data");
    }

    private static JsonObject route(Api instance, String e164) {
        return instance.get("api/admin/routes/" + e164.replace("+", "%2B"), Api.OPERATOR_KEY).json().getJsonObject("route");
    }

    private static void awaitAnswer(NumbersServer instance, String e164, String what,
                                    Predicate<String> wanted) {
        Api.await(instance.name() + " answering " + e164 + ": " + what, FOLLOWS_WITHIN, () -> wanted.test(twilioCall(instance, e164)));
    }

    private static String streamedTo(String twiml) {
        Matcher stream = STREAM.matcher(twiml);
        return stream.find() ? stream.group(1) : null;
    }

    /** Twilio's voice webhook for a call to {@code e164}, signed as Twilio signs it; answers the TwiML. */
    private static String twilioCall(NumbersServer instance, String e164) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("CallSid", List.of("CA" + UUID.randomUUID().toString().replace("-", "")));
        form.put("AccountSid", List.of("AC0000000000000000000000000000000a"));
        form.put("From", List.of("+14155550111"));
        form.put("To", List.of(e164));
        form.put("CallStatus", List.of("ringing"));
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue().get(0), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(instance.base().resolve("webhooks/twilio/voice"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", TwilioSignature.sign(TWILIO_TOKEN, PUBLIC_BASE_URL + "/webhooks/twilio/voice", form))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The log's warnings and errors written by Numbers itself, and any stack trace of ours, after the start. */
    private static List<String> troubleIn(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        int started = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Routing table loaded")) {
                started = i;
            }
        }
        return lines.subList(started, lines.size()).stream()
                .filter(line -> (line.contains("WARNING") || line.contains("SEVERE")) && line.contains("ai.talkturo")
                        || line.contains("at ai.talkturo.") || line.contains("OptimisticLock") || line.contains("Duplicate entry"))
                .toList();
    }
}
