package ai.talkturo.numbers.benchmark;

import ai.talkturo.numbers.it.NumbersServer;
import ai.talkturo.numbers.web.webhooks.TwilioSignature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The inbound-call hot path under load, at several sizes of the routing table; a program, not a test. For each size
 * ({@code bench.sizes}, by default {@value #SIZES_DEFAULT} numbers: accounts × {@value RoutedNumbers#ASSISTANTS_PER_ACCOUNT}
 * assistants × {@value RoutedNumbers#NUMBERS_PER_ASSISTANT} active, assigned numbers written to MariaDB) it starts the
 * built WAR on Payara Micro (which loads them into its routing table) with a bare servlet deployed beside it under
 * {@code /bare} ({@link ai.talkturo.numbers.benchmark.bare.BareVoiceWebhook}: the form, the HMAC-SHA1 signature, a map
 * lookup and the same TwiML, nothing else), and loads four things in turn on {@value #CONNECTIONS_DEFAULT} keep-alive
 * connections for {@value #SECONDS_DEFAULT} s each: signed Twilio voice webhooks for random numbers, the same
 * webhooks to the bare servlet, {@code GET /api/countries} with a partner key, and {@code GET /health}. It prints
 * throughput and latency of each and the goals as ratios from that one run: webhook / bare servlet and
 * {@code /api} / {@code /health} throughput, the webhook's p99, the server's own routing-table load rate and the
 * table's heap per number measured in this JVM; then one line per size.
 *
 * <p>All four are warmed up first, in alternating rounds, until the server's JIT compiler threads are close to idle
 * during a round of each (at most {@value #WARMUP_JIT_IDLE_CORES} of a core) or {@value #WARMUP_MAX_SECONDS_DEFAULT} s
 * have passed: on two cores Payara's request path takes a minute or two of load to be compiled, and figures taken
 * while it still is are several times worse. Where the compiler threads cannot be seen (no {@code /proc}), it warms
 * up for {@value #WARMUP_MIN_ROUNDS_BLIND} rounds of each.
 *
 * <p>Every webhook answer is checked: {@code 200} with {@code <Connect><Stream>} to the number's own assistant, from
 * Numbers and from the bare servlet alike. Goals: webhook throughput at least {@value #RATIO_TARGET} of the bare
 * servlet's, webhook p99 at most {@value #P99_TARGET_MILLIS} ms, {@code /api/countries} at least
 * {@value #RATIO_TARGET} of {@code /health}, the table at most {@value #BYTES_PER_NUMBER_TARGET} bytes per number and
 * loading at least {@value #ROUTES_PER_SECOND_TARGET} routes/s.
 *
 * <p>System properties: {@code bench.sizes} (comma-separated numbers of numbers, multiples of
 * {@value RoutedNumbers#NUMBERS_PER_ACCOUNT}), {@code bench.rules} ({@code true} gives every number
 * a fallback, business hours and fifty blocked prefixes: {@link RoutedNumbers#BUSY_RULES}), {@code bench.connections}, {@code bench.seconds},
 * {@code bench.loads} (which of {@value #LOADS_DEFAULT} to run, e.g. only {@code webhook} to profile it),
 * {@code bench.warmup.seconds} (one round), {@code bench.warmup.max.seconds}, {@code bench.client} ({@code raw}, the
 * default: a minimal keep-alive client on blocking sockets, or {@code jdk}: {@code java.net.http.HttpClient}, which
 * needs about three times the CPU per request), {@code bench.db.user}, {@code bench.db.password} and
 * {@code bench.server.javaToolOptions} (given to the server JVM as {@code JAVA_TOOL_OPTIONS}, e.g. to record it with
 * {@code -XX:StartFlightRecording} from its start: a recording attached later makes it compile its code again).
 *
 * <p>Needs MariaDB on 127.0.0.1:3306 and the built WAR. Exits with 1 when an answer was wrong or the server did not
 * load every number; the goals are printed, not enforced.
 */
public final class WebhookBenchmark {

    static final String SIZES_DEFAULT = "1000,100000,1000000";
    static final String LOADS_DEFAULT = "webhook,bare servlet,countries,health";
    static final int CONNECTIONS_DEFAULT = 16;
    static final int SECONDS_DEFAULT = 20;
    static final int WARMUP_SECONDS_DEFAULT = 10;
    static final int WARMUP_MAX_SECONDS_DEFAULT = 300;
    static final double WARMUP_JIT_IDLE_CORES = 0.05;
    static final int WARMUP_MIN_ROUNDS = 2;
    static final int WARMUP_MIN_ROUNDS_BLIND = 6;
    static final double RATIO_TARGET = 0.8;
    static final double P99_TARGET_MILLIS = 10;
    static final int BYTES_PER_NUMBER_TARGET = 200;
    static final int ROUTES_PER_SECOND_TARGET = 500_000;
    private static final String DATABASE = "numbers_webhook_bench";
    private static final String PAYARA_VERSION = "6.2025.10";
    private static final String AUTH_TOKEN = "bench0twilio0auth0token0f3a9c1d7";
    private static final String PUBLIC_BASE_URL = "https://numbers.example.com";
    private static final String OPERATOR_KEY = "bench-webhook-operator-key";
    private static final String PARTNER_KEY = "nk_WebhookBenchmarkPartnerKey0000000000000000";
    private static final String BARE_CONTEXT = "/bare";
    private static final Pattern LOADED = Pattern.compile("Routing table loaded: (\\d+) routes in (\\d+) ms");
    private static final long SEED = 20251110L;

    /** What one size gave. */
    private record Figures(int numbers, HttpLoad.Result webhook, HttpLoad.Result bare, HttpLoad.Result countries,
                           HttpLoad.Result health, RoutingTableHeap.Figures heap, long serverRoutes, long serverLoadMillis,
                           String warmedUp) {

        double webhookToBare() {
            return rate(webhook) / rate(bare);
        }

        double apiToHealth() {
            return rate(countries) / rate(health);
        }

        /** Requests per second; not a number when the load was not run ({@code bench.loads}). */
        static double rate(HttpLoad.Result result) {
            return result == null ? Double.NaN : result.perSecond();
        }

        static double p99(HttpLoad.Result result) {
            return result == null ? Double.NaN : result.millis(99);
        }

        double routesPerSecond() {
            return serverLoadMillis <= 0 ? Double.NaN : serverRoutes * 1000.0 / serverLoadMillis;
        }
    }

    private final List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", SIZES_DEFAULT).split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private final boolean rules = Boolean.getBoolean("bench.rules");
    private final List<String> chosenLoads = Arrays.stream(System.getProperty("bench.loads", LOADS_DEFAULT).split(","))
            .map(String::strip).toList();
    private final int connections = Integer.getInteger("bench.connections", CONNECTIONS_DEFAULT);
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", SECONDS_DEFAULT));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", WARMUP_SECONDS_DEFAULT));
    private final Duration warmupMax = Duration.ofSeconds(Integer.getInteger("bench.warmup.max.seconds", WARMUP_MAX_SECONDS_DEFAULT));
    private final HttpLoad.Kind clientKind = HttpLoad.Kind.valueOf(System.getProperty("bench.client", "raw").toUpperCase(Locale.ROOT));
    private final BenchmarkDatabase database = new BenchmarkDatabase(DATABASE,
            System.getProperty("bench.db.user", "root"), System.getProperty("bench.db.password", ""));
    private final Path war;
    private final Path bareWar;
    private final Path microJar;
    private final Path workDir;
    private final List<String> problems = new ArrayList<>();

    private WebhookBenchmark(Path war, Path bareWar, Path microJar, Path workDir) {
        this.war = war;
        this.bareWar = bareWar;
        this.microJar = microJar;
        this.workDir = workDir;
    }

    public static void main(String[] args) throws Exception {
        Path root = projectRoot();
        Path war = Path.of(System.getProperty("numbers.war", root.resolve("numbers-web/target/numbers-web.war").toString()));
        Path microJar = Path.of(System.getProperty("payara.microJar", Path.of(System.getProperty("user.home"),
                ".m2/repository/fish/payara/extras/payara-micro", PAYARA_VERSION,
                "payara-micro-" + PAYARA_VERSION + ".jar").toString()));
        for (Path required : List.of(war, microJar)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required + " is missing; build with mvn -DskipTests install first");
            }
        }
        Path workDir = root.resolve("it-tests/target/benchmark");
        Files.createDirectories(workDir);
        Path bareWar = BareWar.write(workDir.resolve("bare.war"));
        int exit = new WebhookBenchmark(war.toAbsolutePath(), bareWar.toAbsolutePath(), microJar.toAbsolutePath(), workDir).run();
        System.out.flush();
        System.exit(exit);
    }

    private static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate = here; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("it-tests")) && Files.isDirectory(candidate.resolve("numbers-web"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("run from the project or its it-tests directory, not " + here);
    }

    private int run() throws Exception {
        say("Webhook benchmark: %s numbers%s (%d assistants × %d numbers an account), %d connections, "
                        + "%d s measured after a warm-up of up to %d s, %s client",
                sizes.stream().map(size -> String.format(Locale.ROOT, "%,d", size)).collect(Collectors.joining(", ")),
                rules ? " with inbound rules" : "", RoutedNumbers.ASSISTANTS_PER_ACCOUNT, RoutedNumbers.NUMBERS_PER_ASSISTANT,
                connections, measured.toSeconds(), warmupMax.toSeconds(), clientKind.name().toLowerCase(Locale.ROOT));
        say("%d cores, Java %s, load average %s; MariaDB database %s; logs under %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage(), DATABASE, workDir);
        List<Figures> all = new ArrayList<>();
        for (int size : sizes) {
            if (size % RoutedNumbers.NUMBERS_PER_ACCOUNT != 0) {
                throw new IllegalArgumentException(size + " is not a multiple of " + RoutedNumbers.NUMBERS_PER_ACCOUNT);
            }
            RoutedNumbers numbers = new RoutedNumbers(size / RoutedNumbers.NUMBERS_PER_ACCOUNT, rules ? RoutedNumbers.BUSY_RULES : null);
            all.add(measure(numbers));
        }
        overview(all);
        if (problems.isEmpty()) {
            return 0;
        }
        say("%nProblems:");
        problems.forEach(problem -> say("  - %s", problem));
        return 1;
    }

    private Figures measure(RoutedNumbers numbers) throws Exception {
        heading("%,d numbers: the routing table in this JVM", numbers.size());
        RoutingTableHeap.Figures heap = RoutingTableHeap.measure(numbers);
        say("retained heap: %.1f MB, %.0f bytes per number (the routes as offered, records and strings: %.0f)",
                heap.totalBytes() / 1e6, heap.perNumber(heap.totalBytes()), heap.perNumber(heap.routeBytes()));
        say("offering %,d routes to an empty table: %.0f ms the first time, %.0f ms warm (median of 5)",
                heap.routes(), heap.coldLoadNanos() / 1e6, heap.warmLoadNanos() / 1e6);
        if (heap.tableSize() != numbers.size()) {
            problems.add("the in-process table holds " + heap.tableSize() + " routes");
        }

        heading("%,d numbers: database", numbers.size());
        database.recreate();
        NumbersServer schema = new NumbersServer("webhook-schema", microJar, war, workDir, environment(null));
        try {
            Duration up = schema.start();
            say("schema created by a first start of the server (%.1f s)", up.toNanos() / 1e9);
        } finally {
            schema.stop();
        }
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + DATABASE
                + "?rewriteBatchedStatements=true&connectTimeout=5000&socketTimeout=300000", database.user(), database.password())) {
            numbers.insert(connection, PARTNER_KEY);
        }
        say("inserted %,d accounts, %,d assistants, %,d active assigned numbers and 1 partner key in %.1f s",
                numbers.accounts(), numbers.assistants(), numbers.size(), (System.nanoTime() - started) / 1e9);
        say("phone_numbers active with an assistant: %,d",
                database.count("SELECT COUNT(*) FROM phone_numbers WHERE status = 'active' AND assistant_id IS NOT NULL"));
        Path bareRoutes = workDir.resolve("bare-routes.txt");
        BareWar.writeRoutes(numbers, bareRoutes);

        heading("%,d numbers: server, with the bare servlet under %s", numbers.size(), BARE_CONTEXT);
        NumbersServer server = new NumbersServer("webhook-" + numbers.size(), microJar, war, workDir, environment(bareRoutes))
                .alsoDeploying(bareWar, BARE_CONTEXT);
        try {
            Duration up = server.start();
            say("up on 127.0.0.1:%d in %.1f s (log %s)", server.port(), up.toNanos() / 1e9, server.log());
            Matcher loaded = LOADED.matcher(Files.readString(server.log(), StandardCharsets.ISO_8859_1));
            long serverRoutes = -1;
            long serverLoadMillis = -1;
            if (loaded.find()) {
                serverRoutes = Long.parseLong(loaded.group(1));
                serverLoadMillis = Long.parseLong(loaded.group(2));
                say("server log: Routing table loaded: %d routes in %d ms", serverRoutes, serverLoadMillis);
            } else {
                say("server log: no \"Routing table loaded\" line");
            }
            if (serverRoutes != numbers.size()) {
                problems.add("the server loaded " + serverRoutes + " routes, not " + numbers.size());
            }
            ProcessHandle serverProcess = CpuUse.childWith("--port " + server.port()).orElse(null);
            ProcessHandle databaseProcess = CpuUse.databaseProcess().orElse(null);
            say("server process %s; MariaDB process %s",
                    serverProcess == null ? "not found: its CPU is not shown" : "pid " + serverProcess.pid(),
                    databaseProcess == null ? "not found: its CPU counts as everything else" : "pid " + databaseProcess.pid());
            CpuUse cpu = new CpuUse(serverProcess, databaseProcess);

            URI base = server.base();
            spotCheck(numbers, base);
            started = System.nanoTime();
            Map<String, HttpLoad.Requests> loads = new LinkedHashMap<>();
            loads.put("webhook", new SignedVoiceWebhooks(numbers, base, PUBLIC_BASE_URL, AUTH_TOKEN, clientKind, SEED));
            loads.put("bare servlet", new SignedVoiceWebhooks(numbers, base, BARE_CONTEXT, PUBLIC_BASE_URL, AUTH_TOKEN, clientKind, SEED));
            loads.put("countries", get(base, "api/countries", PARTNER_KEY, "\"countries\""));
            loads.put("health", get(base, "health", null, "\"UP\""));
            say("signed %,d webhooks twice, one per number in a random order, in %.1f s", numbers.size(),
                    (System.nanoTime() - started) / 1e9);
            loads.keySet().retainAll(chosenLoads);

            HttpLoad load = new HttpLoad(clientKind, new InetSocketAddress("127.0.0.1", server.port()), cpu);
            String warmedUp = warmUp(load, loads);

            heading("%,d numbers measured: %d s of each, %d connections", numbers.size(), measured.toSeconds(), connections);
            say("load average before: %s", loadAverage());
            Map<String, HttpLoad.Result> results = new LinkedHashMap<>();
            for (Map.Entry<String, HttpLoad.Requests> requests : loads.entrySet()) {
                HttpLoad.Result result = load.run(requests.getKey(), requests.getValue(), connections, measured);
                print(result);
                results.put(requests.getKey(), result);
                if (result.errors() > 0) {
                    problems.add(numbers.size() + " numbers, " + requests.getKey() + ": answers wrong or missing: " + result.errors());
                }
            }
            say("load average after: %s", loadAverage());
            Figures figures = new Figures(numbers.size(), results.get("webhook"), results.get("bare servlet"),
                    results.get("countries"), results.get("health"), heap, serverRoutes, serverLoadMillis, warmedUp);
            summary(figures);
            return figures;
        } finally {
            say("%nserver stopped (exit %d)", server.stop());
        }
    }

    /**
     * Rounds of each load in turn until the server's JIT compiler threads stay nearly idle through all of them, or
     * the time is up; answers what happened, for the summary.
     */
    private String warmUp(HttpLoad load, Map<String, HttpLoad.Requests> loads) throws InterruptedException {
        heading("Warm-up: rounds of %d s of each until the server's JIT compiler uses at most %.2f cores (at most %d s)",
                warmup.toSeconds(), WARMUP_JIT_IDLE_CORES, warmupMax.toSeconds());
        long started = System.nanoTime();
        for (int round = 1; ; round++) {
            double jit = 0;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %2d:", round));
            for (Map.Entry<String, HttpLoad.Requests> requests : loads.entrySet()) {
                HttpLoad.Result result = load.run("warmup-" + requests.getKey(), requests.getValue(), connections, warmup);
                jit = Double.isNaN(result.cpu().serverJit()) ? Double.NaN : Math.max(jit, result.cpu().serverJit());
                line.append(String.format(Locale.ROOT, " %s %.0f/s p99 %.1f ms JIT %.2f |", requests.getKey(),
                        result.perSecond(), result.millis(99), result.cpu().serverJit()));
                if (result.errors() > 0) {
                    problems.add("wrong or missing answers in warm-up round " + round + ", " + requests.getKey() + ": "
                            + result.errors() + " " + result.problems());
                }
            }
            say("%s", line);
            long elapsed = (System.nanoTime() - started) / 1_000_000_000L;
            if (Double.isNaN(jit)) {
                if (round >= WARMUP_MIN_ROUNDS_BLIND) {
                    return String.format(Locale.ROOT, "%d rounds, %d s (JIT compiler threads not visible)", round, elapsed);
                }
            } else if (round >= WARMUP_MIN_ROUNDS && jit <= WARMUP_JIT_IDLE_CORES) {
                return String.format(Locale.ROOT, "%d rounds, %d s, until the JIT compiler used %.2f cores", round, elapsed, jit);
            }
            if (elapsed + loads.size() * warmup.toSeconds() > warmupMax.toSeconds()) {
                say("the JIT compiler still uses %.2f cores after %d s: measuring anyway", jit, elapsed);
                return String.format(Locale.ROOT, "%d rounds, %d s, JIT compiler still at %.2f cores", round, elapsed, jit);
            }
        }
    }

    /** Numbers' settings; {@code bareRoutes} for the bare servlet beside it, {@code null} when it is not there. */
    private Map<String, String> environment(Path bareRoutes) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("NUMBERS_API_RATE_LIMIT", "1000000");
        environment.put("NUMBERS_DB_URL", database.serverUrl());
        environment.put("NUMBERS_DB_USER", database.user());
        environment.put("NUMBERS_DB_PASSWORD", database.password());
        environment.put("NUMBERS_TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        environment.put("NUMBERS_TWILIO_ACCOUNT_SID", SignedVoiceWebhooks.ACCOUNT_SID);
        environment.put("NUMBERS_PUBLIC_BASE_URL", PUBLIC_BASE_URL);
        environment.put("NUMBERS_ADMIN_API_KEY", OPERATOR_KEY);
        if (bareRoutes != null) {
            environment.put(BareWar.ROUTES_VARIABLE, bareRoutes.toAbsolutePath().toString());
        }
        String javaToolOptions = System.getProperty("bench.server.javaToolOptions", "");
        if (!javaToolOptions.isBlank()) {
            environment.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        return environment;
    }

    /** One webhook to each of Numbers and the bare servlet, one forged webhook and one countries call, before the load. */
    private void spotCheck(RoutedNumbers numbers, URI base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String context : List.of("", BARE_CONTEXT)) {
            SignedVoiceWebhooks one = new SignedVoiceWebhooks(new RoutedNumbers(1), base, context, PUBLIC_BASE_URL,
                    AUTH_TOKEN, HttpLoad.Kind.JDK, SEED);
            HttpResponse<String> answer = http.send(one.jdk(0), HttpResponse.BodyHandlers.ofString());
            say("one webhook for %s at %s: %d %s", numbers.phoneNumber(one.numberOf(0)), context + SignedVoiceWebhooks.PATH,
                    answer.statusCode(), answer.body());
            String problem = one.check(0, answer.statusCode(), answer.body());
            if (problem != null) {
                problems.add("spot check of " + context + SignedVoiceWebhooks.PATH + ": " + problem);
            }
        }
        Map<String, List<String>> form = new SignedVoiceWebhooks(new RoutedNumbers(1), base, PUBLIC_BASE_URL, AUTH_TOKEN,
                HttpLoad.Kind.JDK, SEED).form(0, new Random(1));
        HttpRequest forged = HttpRequest.newBuilder(base.resolve(SignedVoiceWebhooks.PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignature.sign("not-the-token",
                        PUBLIC_BASE_URL + SignedVoiceWebhooks.PATH, form))
                .POST(HttpRequest.BodyPublishers.ofString(SignedVoiceWebhooks.encode(form))).build();
        int forgedStatus = http.send(forged, HttpResponse.BodyHandlers.discarding()).statusCode();
        say("the same signed with another token: %d", forgedStatus);
        if (forgedStatus != 403) {
            problems.add("a forged webhook got " + forgedStatus + ", not 403");
        }
        HttpResponse<String> listed = http.send(HttpRequest.newBuilder(base.resolve("api/countries"))
                .header("Authorization", "Bearer " + PARTNER_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
        say("GET /api/countries: %d, %,d bytes", listed.statusCode(), listed.body().length());
        if (listed.statusCode() != 200) {
            problems.add("GET /api/countries got " + listed.statusCode() + ": " + listed.body());
        }
    }

    /** {@code GET path}, with a partner key when {@code bearer} is not null; right when 200 and holding {@code expected}. */
    private HttpLoad.Requests get(URI base, String path, String bearer, String expected) {
        String authorization = bearer == null ? "" : "Authorization: Bearer " + bearer + "\r\n";
        byte[] raw = ("GET /" + path + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Accept: application/json\r\n"
                + authorization
                + "\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest.Builder jdk = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (bearer != null) {
            jdk.header("Authorization", "Bearer " + bearer);
        }
        HttpRequest request = clientKind == HttpLoad.Kind.JDK ? jdk.GET().build() : null;
        return new HttpLoad.Requests() {
            @Override
            public int count() {
                return 1;
            }

            @Override
            public byte[] raw(int i) {
                return raw;
            }

            @Override
            public HttpRequest jdk(int i) {
                return request;
            }

            @Override
            public String check(int i, int status, String body) {
                if (status != 200) {
                    return "status " + status + ": " + body;
                }
                return body.contains(expected) ? null : "200 without " + expected + ": " + body;
            }
        };
    }

    private void print(HttpLoad.Result result) {
        say("%-17s %,9d ok in %5.2f s = %8.1f req/s | p50 %6.2f ms, p99 %6.2f ms, p99.9 %6.2f ms, max %7.2f ms | errors %d",
                result.name(), result.ok(), result.wallNanos() / 1e9, result.perSecond(), result.millis(50),
                result.millis(99), result.millis(99.9), result.millis(100), result.errors());
        say("%-17s CPU in cores: %s", "", result.cpu());
        if (result.reconnects() > 0) {
            say("%-17s reconnected %d times (the server closed the connection)", "", result.reconnects());
        }
        result.problems().entrySet().stream().limit(5)
                .forEach(problem -> say("%-17s %d× %s", "", problem.getValue(), problem.getKey()));
    }

    private void summary(Figures figures) {
        heading("%,d numbers: summary", figures.numbers());
        say("warm-up: %s", figures.warmedUp());
        List<HttpLoad.Result> results = Arrays.asList(figures.webhook(), figures.bare(), figures.countries(), figures.health());
        String format = "%-30s %12s %12s %12s %12s";
        say(format, "", "webhook", "bare servlet", "countries", "health");
        row(format, "requests/s", results, result -> fixed(result.perSecond(), 1));
        row(format, "p50 (ms)", results, result -> fixed(result.millis(50), 2));
        row(format, "p99 (ms)", results, result -> fixed(result.millis(99), 2));
        row(format, "p99.9 (ms)", results, result -> fixed(result.millis(99.9), 2));
        row(format, "errors", results, result -> Long.toString(result.errors()));
        row(format, "server CPU (cores)", results, result -> fixed(result.cpu().server(), 2));
        row(format, "  of it JIT compiler threads", results, result -> fixed(result.cpu().serverJit(), 2));
        row(format, "  of it GC threads", results, result -> fixed(result.cpu().serverGc(), 2));
        row(format, "server CPU per request (ms)", results, result -> fixed(result.cpu().server() * 1000 / result.perSecond(), 3));
        row(format, "load client CPU (cores)", results, result -> fixed(result.cpu().client(), 2));
        row(format, "MariaDB CPU (cores)", results, result -> fixed(result.cpu().database(), 2));
        row(format, "others' CPU (cores)", results, result -> fixed(result.cpu().others(), 2));
        say("webhook / bare servlet throughput: %.2f (goal ≥ %.1f): %s", figures.webhookToBare(), RATIO_TARGET,
                met(figures.webhookToBare() >= RATIO_TARGET));
        say("webhook p99: %.2f ms (goal ≤ %.0f ms): %s", Figures.p99(figures.webhook()), P99_TARGET_MILLIS,
                met(Figures.p99(figures.webhook()) <= P99_TARGET_MILLIS));
        say("/api/countries / /health throughput: %.2f (goal ≥ %.1f): %s", figures.apiToHealth(), RATIO_TARGET,
                met(figures.apiToHealth() >= RATIO_TARGET));
        say("routing table at server start: %d routes loaded in %d ms, %.0f routes/s (goal ≥ %,d): %s",
                figures.serverRoutes(), figures.serverLoadMillis(), figures.routesPerSecond(), ROUTES_PER_SECOND_TARGET,
                met(figures.routesPerSecond() >= ROUTES_PER_SECOND_TARGET));
        RoutingTableHeap.Figures heap = figures.heap();
        say("routing table heap: %.0f bytes per number (goal ≤ %d): %s; %.1f MB for %,d; %,d offers take %.0f ms warm, "
                        + "%.0f ms cold (this JVM)", heap.perNumber(heap.totalBytes()), BYTES_PER_NUMBER_TARGET,
                met(heap.perNumber(heap.totalBytes()) <= BYTES_PER_NUMBER_TARGET), heap.totalBytes() / 1e6, heap.routes(),
                heap.routes(), heap.warmLoadNanos() / 1e6, heap.coldLoadNanos() / 1e6);
    }

    /** One line per size: how flat the webhook stays as the table grows. */
    private void overview(List<Figures> all) {
        heading("All sizes");
        String format = "%12s %10s %10s %9s %9s %9s %10s %10s %8s %11s";
        say(format, "numbers", "webhook/s", "bare/s", "ratio", "p99 ms", "bare p99", "api/health", "bytes/no.", "load ms", "routes/s");
        for (Figures figures : all) {
            say(format, String.format(Locale.ROOT, "%,d", figures.numbers()), fixed(Figures.rate(figures.webhook()), 0),
                    fixed(Figures.rate(figures.bare()), 0), fixed(figures.webhookToBare(), 2),
                    fixed(Figures.p99(figures.webhook()), 2), fixed(Figures.p99(figures.bare()), 2),
                    fixed(figures.apiToHealth(), 2), fixed(figures.heap().perNumber(figures.heap().totalBytes()), 0),
                    Long.toString(figures.serverLoadMillis()), fixed(figures.routesPerSecond(), 0));
        }
        if (all.size() > 1) {
            Figures smallest = all.get(0);
            Figures largest = all.get(all.size() - 1);
            say("webhook throughput at %,d numbers / at %,d: %.2f", largest.numbers(), smallest.numbers(),
                    Figures.rate(largest.webhook()) / Figures.rate(smallest.webhook()));
        }
    }

    private static void row(String format, String label, List<HttpLoad.Result> results,
                            Function<HttpLoad.Result, String> cell) {
        Function<HttpLoad.Result, String> orDash = result -> result == null ? "-" : cell.apply(result);
        say(format, label, orDash.apply(results.get(0)), orDash.apply(results.get(1)), orDash.apply(results.get(2)),
                orDash.apply(results.get(3)));
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static String loadAverage() {
        double average = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return average < 0 ? "unknown" : fixed(average, 2);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static void heading(String format, Object... args) {
        say("%n== " + format + " ==", args);
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
