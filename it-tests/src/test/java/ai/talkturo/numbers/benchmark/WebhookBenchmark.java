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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inbound-call hot path under load; a program, not a test. With {@value #ACCOUNTS_DEFAULT} accounts ×
 * {@value RoutedNumbers#ASSISTANTS_PER_ACCOUNT} assistants × {@value RoutedNumbers#NUMBERS_PER_ASSISTANT} active,
 * assigned numbers written to MariaDB, it starts the built WAR on Payara Micro (which loads them into its routing
 * table), then sends signed Twilio voice webhooks for random numbers on {@value #CONNECTIONS_DEFAULT} keep-alive
 * connections for {@value #SECONDS_DEFAULT} s, and {@code GET /api/countries} with a partner key the same way right
 * after, and prints throughput and latency of both, their ratio, the server's own routing-table load time and the
 * table's heap per number measured in this JVM.
 *
 * <p>Both are warmed up first, in alternating rounds, until the server's JIT compiler threads are close to idle
 * during a round of each (at most {@value #WARMUP_JIT_IDLE_CORES} of a core) or {@value #WARMUP_MAX_SECONDS_DEFAULT} s
 * have passed: on two cores Payara's request path takes a minute or two of load to be compiled, and figures taken
 * while it still is are several times worse. Where the compiler threads cannot be seen (no {@code /proc}), it warms
 * up for {@value #WARMUP_MIN_ROUNDS_BLIND} rounds of each.
 *
 * <p>Every webhook answer is checked: {@code 200} with {@code <Connect><Stream>} to the number's own assistant.
 * Targets: webhook throughput at least {@value #RATIO_TARGET} of the countries figure, webhook p99 at most
 * {@value #P99_TARGET_MILLIS} ms.
 *
 * <p>System properties: {@code bench.accounts} (100 numbers each), {@code bench.rules} ({@code true} gives every number
 * a fallback, business hours and fifty blocked prefixes: {@link RoutedNumbers#BUSY_RULES}), {@code bench.connections}, {@code bench.seconds},
 * {@code bench.warmup.seconds} (one round), {@code bench.warmup.max.seconds}, {@code bench.client} ({@code raw}, the
 * default: a minimal keep-alive client on blocking sockets, or {@code jdk}: {@code java.net.http.HttpClient}, which
 * needs about three times the CPU per request), {@code bench.db.user}, {@code bench.db.password} and
 * {@code bench.server.javaToolOptions} (given to the server JVM as {@code JAVA_TOOL_OPTIONS}, e.g. to record it with
 * {@code -XX:StartFlightRecording} from its start: a recording attached later makes it compile its code again).
 *
 * <p>Needs MariaDB on 127.0.0.1:3306 and the built WAR. Exits with 1 when an answer was wrong or the server did not
 * load every number; the targets are printed, not enforced.
 */
public final class WebhookBenchmark {

    static final int ACCOUNTS_DEFAULT = 1000;
    static final int CONNECTIONS_DEFAULT = 16;
    static final int SECONDS_DEFAULT = 20;
    static final int WARMUP_SECONDS_DEFAULT = 10;
    static final int WARMUP_MAX_SECONDS_DEFAULT = 300;
    static final double WARMUP_JIT_IDLE_CORES = 0.05;
    static final int WARMUP_MIN_ROUNDS = 2;
    static final int WARMUP_MIN_ROUNDS_BLIND = 6;
    static final double RATIO_TARGET = 0.8;
    static final double P99_TARGET_MILLIS = 20;
    private static final String DATABASE = "numbers_webhook_bench";
    private static final String PAYARA_VERSION = "6.2025.10";
    private static final String AUTH_TOKEN = "bench0twilio0auth0token0f3a9c1d7";
    private static final String PUBLIC_BASE_URL = "https://numbers.example.com";
    private static final String OPERATOR_KEY = "bench-webhook-operator-key";
    private static final String PARTNER_KEY = "nk_WebhookBenchmarkPartnerKey0000000000000000";
    private static final Pattern LOADED = Pattern.compile("Routing table loaded: (\\d+) routes in (\\d+) ms");
    private static final long SEED = 20251110L;

    private final RoutedNumbers numbers = new RoutedNumbers(Integer.getInteger("bench.accounts", ACCOUNTS_DEFAULT),
            Boolean.getBoolean("bench.rules") ? RoutedNumbers.BUSY_RULES : null);
    private final int connections = Integer.getInteger("bench.connections", CONNECTIONS_DEFAULT);
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", SECONDS_DEFAULT));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", WARMUP_SECONDS_DEFAULT));
    private final Duration warmupMax = Duration.ofSeconds(Integer.getInteger("bench.warmup.max.seconds", WARMUP_MAX_SECONDS_DEFAULT));
    private final HttpLoad.Kind clientKind = HttpLoad.Kind.valueOf(System.getProperty("bench.client", "raw").toUpperCase(Locale.ROOT));
    private final BenchmarkDatabase database = new BenchmarkDatabase(DATABASE,
            System.getProperty("bench.db.user", "root"), System.getProperty("bench.db.password", ""));
    private final Path war;
    private final Path microJar;
    private final Path workDir;
    private final List<String> problems = new ArrayList<>();

    private WebhookBenchmark(Path war, Path microJar, Path workDir) {
        this.war = war;
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
        int exit = new WebhookBenchmark(war.toAbsolutePath(), microJar.toAbsolutePath(), workDir).run();
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
        say("Webhook benchmark: %,d active assigned numbers%s (%,d accounts × %d assistants × %d numbers), %d connections, "
                        + "%d s measured after a warm-up of up to %d s, %s client", numbers.size(),
                numbers.withRules() ? " with inbound rules" : "", numbers.accounts(),
                RoutedNumbers.ASSISTANTS_PER_ACCOUNT, RoutedNumbers.NUMBERS_PER_ASSISTANT, connections, measured.toSeconds(),
                warmupMax.toSeconds(), clientKind.name().toLowerCase(Locale.ROOT));
        say("%d cores, Java %s, load average %s; MariaDB database %s; logs under %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage(), DATABASE, workDir);

        heading("Routing table in this JVM (%,d routes)", numbers.size());
        RoutingTableHeap.Figures heap = RoutingTableHeap.measure(numbers);
        say("retained heap: %.1f MB, %.0f bytes per number (the routes as offered, records and strings: %.0f)",
                heap.totalBytes() / 1e6, heap.perNumber(heap.totalBytes()), heap.perNumber(heap.routeBytes()));
        say("offering %,d routes to an empty table: %.0f ms the first time, %.0f ms warm (median of 5)",
                heap.routes(), heap.coldLoadNanos() / 1e6, heap.warmLoadNanos() / 1e6);
        if (heap.tableSize() != numbers.size()) {
            problems.add("the in-process table holds " + heap.tableSize() + " routes");
        }

        heading("Database");
        database.recreate();
        NumbersServer schema = new NumbersServer("webhook-schema", microJar, war, workDir, environment());
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

        heading("Server");
        NumbersServer server = new NumbersServer("webhook", microJar, war, workDir, environment());
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
            spotCheck(base);
            started = System.nanoTime();
            SignedVoiceWebhooks webhooks = new SignedVoiceWebhooks(numbers, base, PUBLIC_BASE_URL, AUTH_TOKEN, clientKind, SEED);
            HttpLoad.Requests countries = countries(base, clientKind);
            say("signed %,d webhooks, one per number in a random order, in %.1f s", webhooks.count(),
                    (System.nanoTime() - started) / 1e9);

            HttpLoad load = new HttpLoad(clientKind, new InetSocketAddress("127.0.0.1", server.port()), cpu);
            String warmedUp = warmUp(load, webhooks, countries);

            heading("Measured: %d s of each, %d connections", measured.toSeconds(), connections);
            say("load average before: %s", loadAverage());
            HttpLoad.Result webhook = load.run("webhook", webhooks, connections, measured);
            print(webhook);
            HttpLoad.Result country = load.run("countries", countries, connections, measured);
            print(country);
            say("load average after: %s", loadAverage());

            summary(webhook, country, heap, serverLoadMillis, serverRoutes, warmedUp);
        } finally {
            say("%nserver stopped (exit %d)", server.stop());
        }
        if (problems.isEmpty()) {
            return 0;
        }
        say("%nProblems:");
        problems.forEach(problem -> say("  - %s", problem));
        return 1;
    }

    /**
     * Rounds of webhooks then countries until the server's JIT compiler threads stay nearly idle through both, or
     * the time is up; answers what happened, for the summary.
     */
    private String warmUp(HttpLoad load, HttpLoad.Requests webhooks, HttpLoad.Requests countries) throws InterruptedException {
        heading("Warm-up: rounds of %d s of each until the server's JIT compiler uses at most %.2f cores (at most %d s)",
                warmup.toSeconds(), WARMUP_JIT_IDLE_CORES, warmupMax.toSeconds());
        long started = System.nanoTime();
        for (int round = 1; ; round++) {
            HttpLoad.Result webhook = load.run("warmup-webhook", webhooks, connections, warmup);
            HttpLoad.Result country = load.run("warmup-countries", countries, connections, warmup);
            double jit = Math.max(webhook.cpu().serverJit(), country.cpu().serverJit());
            say("round %2d: webhook %7.1f req/s, p99 %6.2f ms, JIT %.2f cores | countries %7.1f req/s, p99 %6.2f ms, JIT %.2f cores"
                            + " | errors %d | others' CPU %.2f cores", round, webhook.perSecond(), webhook.millis(99),
                    webhook.cpu().serverJit(), country.perSecond(), country.millis(99), country.cpu().serverJit(),
                    webhook.errors() + country.errors(), (webhook.cpu().others() + country.cpu().others()) / 2);
            if (webhook.errors() + country.errors() > 0) {
                problems.add("wrong or missing answers in warm-up round " + round + ": webhook " + webhook.errors()
                        + " " + webhook.problems() + ", countries " + country.errors() + " " + country.problems());
            }
            long elapsed = (System.nanoTime() - started) / 1_000_000_000L;
            if (Double.isNaN(jit)) {
                if (round >= WARMUP_MIN_ROUNDS_BLIND) {
                    return String.format(Locale.ROOT, "%d rounds, %d s (JIT compiler threads not visible)", round, elapsed);
                }
            } else if (round >= WARMUP_MIN_ROUNDS && jit <= WARMUP_JIT_IDLE_CORES) {
                return String.format(Locale.ROOT, "%d rounds, %d s, until the JIT compiler used %.2f cores", round, elapsed, jit);
            }
            if (elapsed + 2 * warmup.toSeconds() > warmupMax.toSeconds()) {
                say("the JIT compiler still uses %.2f cores after %d s: measuring anyway", jit, elapsed);
                return String.format(Locale.ROOT, "%d rounds, %d s, JIT compiler still at %.2f cores", round, elapsed, jit);
            }
        }
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("NUMBERS_API_RATE_LIMIT", "1000000");
        environment.put("NUMBERS_DB_URL", database.serverUrl());
        environment.put("NUMBERS_DB_USER", database.user());
        environment.put("NUMBERS_DB_PASSWORD", database.password());
        environment.put("NUMBERS_TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        environment.put("NUMBERS_TWILIO_ACCOUNT_SID", SignedVoiceWebhooks.ACCOUNT_SID);
        environment.put("NUMBERS_PUBLIC_BASE_URL", PUBLIC_BASE_URL);
        environment.put("NUMBERS_ADMIN_API_KEY", OPERATOR_KEY);
        String javaToolOptions = System.getProperty("bench.server.javaToolOptions", "");
        if (!javaToolOptions.isBlank()) {
            environment.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        return environment;
    }

    /** One webhook, one forged webhook and one countries call, shown before the load. */
    private void spotCheck(URI base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        SignedVoiceWebhooks one = new SignedVoiceWebhooks(new RoutedNumbers(1), base, PUBLIC_BASE_URL, AUTH_TOKEN,
                HttpLoad.Kind.JDK, SEED);
        HttpResponse<String> answer = http.send(one.jdk(0), HttpResponse.BodyHandlers.ofString());
        say("one webhook for %s: %d %s", numbers.phoneNumber(one.numberOf(0)), answer.statusCode(), answer.body());
        String problem = one.check(0, answer.statusCode(), answer.body());
        if (problem != null) {
            problems.add("spot check: " + problem);
        }
        Map<String, List<String>> form = one.form(0, new Random(1));
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

    private static HttpLoad.Requests countries(URI base, HttpLoad.Kind kind) {
        byte[] raw = ("GET /api/countries HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Accept: application/json\r\n"
                + "Authorization: Bearer " + PARTNER_KEY + "\r\n"
                + "\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest jdk = HttpRequest.newBuilder(base.resolve("api/countries"))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + PARTNER_KEY)
                .GET().build();
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
                return jdk;
            }

            @Override
            public String check(int i, int status, String body) {
                if (status != 200) {
                    return "status " + status + ": " + body;
                }
                return body.contains("\"countries\"") ? null : "200 without countries: " + body;
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

    private void summary(HttpLoad.Result webhook, HttpLoad.Result country, RoutingTableHeap.Figures heap,
                         long serverLoadMillis, long serverRoutes, String warmedUp) {
        heading("Summary");
        say("warm-up: %s", warmedUp);
        String format = "%-34s %12s %12s";
        say(format, "", "webhook", "countries");
        say(format, "requests/s", fixed(webhook.perSecond(), 1), fixed(country.perSecond(), 1));
        say(format, "p50 (ms)", fixed(webhook.millis(50), 2), fixed(country.millis(50), 2));
        say(format, "p99 (ms)", fixed(webhook.millis(99), 2), fixed(country.millis(99), 2));
        say(format, "p99.9 (ms)", fixed(webhook.millis(99.9), 2), fixed(country.millis(99.9), 2));
        say(format, "errors", Long.toString(webhook.errors()), Long.toString(country.errors()));
        say(format, "server CPU (cores)", fixed(webhook.cpu().server(), 2), fixed(country.cpu().server(), 2));
        say(format, "  of it JIT compiler threads", fixed(webhook.cpu().serverJit(), 2), fixed(country.cpu().serverJit(), 2));
        say(format, "  of it GC threads", fixed(webhook.cpu().serverGc(), 2), fixed(country.cpu().serverGc(), 2));
        say(format, "server CPU per request (ms)", fixed(webhook.cpu().server() * 1000 / webhook.perSecond(), 2),
                fixed(country.cpu().server() * 1000 / country.perSecond(), 2));
        say(format, "load client CPU (cores)", fixed(webhook.cpu().client(), 2), fixed(country.cpu().client(), 2));
        say(format, "MariaDB CPU (cores)", fixed(webhook.cpu().database(), 2), fixed(country.cpu().database(), 2));
        say(format, "others' CPU (cores)", fixed(webhook.cpu().others(), 2), fixed(country.cpu().others(), 2));
        double ratio = webhook.perSecond() / country.perSecond();
        say("webhook / countries throughput: %.2f (target ≥ %.1f): %s", ratio, RATIO_TARGET, ratio >= RATIO_TARGET ? "met" : "NOT met");
        say("webhook p99: %.2f ms (target ≤ %.0f ms): %s", webhook.millis(99), P99_TARGET_MILLIS,
                webhook.millis(99) <= P99_TARGET_MILLIS ? "met" : "NOT met");
        say("routing table at server start: %d routes loaded in %d ms (from the server's log)", serverRoutes, serverLoadMillis);
        say("routing table heap: %.0f bytes per number (%.1f MB for %,d); %,d offers take %.0f ms warm, %.0f ms cold (this JVM)",
                heap.perNumber(heap.totalBytes()), heap.totalBytes() / 1e6, heap.routes(), heap.routes(),
                heap.warmLoadNanos() / 1e6, heap.coldLoadNanos() / 1e6);
        if (webhook.errors() > 0) {
            problems.add("webhook answers wrong or missing: " + webhook.errors());
        }
        if (country.errors() > 0) {
            problems.add("countries answers wrong or missing: " + country.errors());
        }
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
